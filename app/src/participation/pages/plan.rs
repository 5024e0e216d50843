//! `/plans/{slug}`: a plan's goals, each with its indicator's baseline, latest value,
//! target and progress, in words and as a bar.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::core::i18n::{use_i18n, Msg};
use crate::core::layout::Breadcrumbs;
use crate::core::pages::loaded_page;
use crate::participation::api::{get_plan, PlanView};

#[component]
pub fn PlanPage() -> impl IntoView {
    let slug = use_params_map().with_untracked(|p| p.get("slug")).unwrap_or_default();
    let plan = Resource::new(move || slug.clone(), get_plan);
    loaded_page(plan, |plan| view! { <Plan plan=plan/> })
}

#[component]
fn Plan(plan: PlanView) -> impl IntoView {
    let i18n = use_i18n();
    let mut trail = vec![("/topics".to_owned(), i18n.t(Msg::NavTopics).to_owned())];
    if let Some((slug, name)) = plan.topic.clone() {
        trail.push((format!("/topics/{slug}"), name));
    }
    view! {
        <crate::core::pages::SafeTitle text=format!("{} – {}", plan.name, i18n.t(Msg::SiteName))/>
        <div class="container page">
            <Breadcrumbs trail=trail current=plan.name.clone()/>
            <h1>{plan.name.clone()}</h1>
            <p class="lead prose-text">{plan.summary.clone()}</p>
            <h2>{i18n.t(Msg::PlanGoals)}</h2>
            <ul class="room-list">
                {plan.goals.iter().cloned().map(|goal| {
                    let progress = goal.progress.map(|p| i18n.fill(Msg::PlanProgress, &[("percent".to_owned(), p.to_string())])).unwrap_or_else(|| i18n.t(Msg::PlanProgressUnknown).to_owned());
                    let baseline = goal.baseline.clone().map(|(year, value)| format!("{value} ({year})")).unwrap_or_else(|| "—".to_owned());
                    let latest = goal.latest.clone().map(|(year, value)| format!("{value} ({year})")).unwrap_or_else(|| "—".to_owned());
                    let target = format!("{} ({})", goal.target.1, goal.target.0);
                    view! {
                        <li class="card">
                            <h3 class="card__title">{goal.title.clone()}</h3>
                            <p>{format!("{}: {}", i18n.t(Msg::PlanIndicator), goal.indicator)}</p>
                            <dl class="summary-list">
                                <div class="summary-list__row"><dt>{i18n.t(Msg::PlanBaseline)}</dt><dd>{baseline}</dd></div>
                                <div class="summary-list__row"><dt>{i18n.t(Msg::PlanLatest)}</dt><dd>{latest}</dd></div>
                                <div class="summary-list__row"><dt>{i18n.t(Msg::PlanTarget)}</dt><dd>{target}</dd></div>
                            </dl>
                            <p><strong>{progress.clone()}</strong></p>
                            {goal.progress.map(|p| view! {
                                <crate::core::layout::ProgressBar percent=p/>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </div>
    }
}
