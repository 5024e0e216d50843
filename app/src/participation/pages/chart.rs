//! An indicator as a server-drawn SVG bar chart with the same numbers in a table beside it:
//! the picture for those who see it, the table for screen readers and for copying.

use leptos::prelude::*;

use crate::core::i18n::{use_i18n, Msg};
use crate::participation::api::IndicatorView;
use crate::participation::chart::{axis_y, bars, HEIGHT, WIDTH};
use crate::participation::model::format_number;

#[component]
pub fn IndicatorChart(indicator: IndicatorView) -> impl IntoView {
    let i18n = use_i18n();
    let (bars, top) = bars(&indicator.values);
    let number = move |hundredths: i64| format_number(hundredths, indicator.decimals, i18n.locale);
    let title_id = format!("chart-{}", indicator.slug);
    let desc_id = format!("chart-{}-desc", indicator.slug);
    let first = indicator.values.first().copied();
    let last = indicator.values.last().copied();
    let summary = match (first, last) {
        (Some(first), Some(last)) => i18n.fill(
            Msg::ChartSummary,
            &[
                ("from".to_owned(), first.year.to_string()),
                ("to".to_owned(), last.year.to_string()),
                ("first".to_owned(), format!("{} {}", number(first.hundredths), indicator.unit)),
                ("last".to_owned(), format!("{} {}", number(last.hundredths), indicator.unit)),
            ],
        ),
        _ => i18n.t(Msg::ChartNoData).to_owned(),
    };
    let caption = format!("{} ({})", indicator.name, indicator.unit);
    // The scale is a round number: no decimals.
    let scale = format!("{} {}", format_number(top, 0, i18n.locale), indicator.unit);
    let rows = indicator.values.clone();
    let unit = indicator.unit.clone();
    let described_by = desc_id.clone();
    let labelled_by = title_id.clone();
    view! {
        <figure class="chart">
            <figcaption class="chart__caption" id=title_id>{caption.clone()}</figcaption>
            <svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby=labelled_by aria-describedby=described_by focusable="false">
                <desc id=desc_id>{summary}</desc>
                <text class="chart__scale" x="8" y="14">{scale}</text>
                <line class="chart__grid" x1="8" y1="24" x2=(WIDTH - 8).to_string() y2="24"/>
                {bars.into_iter().map(|bar| view! {
                    <rect class="chart__bar" x=bar.x.to_string() y=bar.y.to_string() width=bar.width.to_string() height=bar.height.to_string()/>
                    <text class="chart__label" x=bar.label_x.to_string() y=(axis_y() + 20).to_string() text-anchor="middle">{bar.year.to_string()}</text>
                }).collect_view()}
                <line class="chart__axis" x1="8" y1=axis_y().to_string() x2=(WIDTH - 8).to_string() y2=axis_y().to_string()/>
            </svg>
            <div class="table-scroll">
                <table class="data-table chart__table">
                    <caption>{format!("{}: {}", i18n.t(Msg::ChartTable), caption)}</caption>
                    <thead><tr><th scope="col">{i18n.t(Msg::ChartYear)}</th><th scope="col">{i18n.t(Msg::ChartValue)}</th></tr></thead>
                    <tbody>
                        {rows.into_iter().map(|v| view! {
                            <tr><th scope="row">{v.year.to_string()}</th><td>{format!("{} {}", number(v.hundredths), unit)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            {(!indicator.source.is_empty()).then(|| view! { <p class="chart__source">{format!("{}: {}", i18n.t(Msg::ChartSource), indicator.source)}</p> })}
        </figure>
    }
}
