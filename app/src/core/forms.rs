//! Form widgets in the GOV.UK manner: a labelled field with its hint and its error right
//! beside it, an error summary that links to each field, and feedback that works the same
//! whether the form was sent by JavaScript or as a plain HTML post.

use leptos::prelude::*;

use super::boot::BootData;
use super::i18n::{use_i18n, Msg};
use crate::error::{AppError, FieldError};

/// The errors to show on one form: from the action's last answer when JavaScript sent it,
/// else from the flash the server kept after a plain post.
pub fn form_errors<T: Clone + Send + Sync + 'static>(
    form: &'static str,
    last_answer: impl Fn() -> Option<Result<T, AppError>> + Send + Sync + 'static,
) -> Signal<Vec<FieldError>> {
    let from_flash = use_boot().flash_for(form).map(|flash| flash.errors.clone()).unwrap_or_default();
    Signal::derive(move || match last_answer() {
        Some(Err(error)) => error.field_errors(),
        Some(Ok(_)) => Vec::new(),
        None => from_flash.clone(),
    })
}

/// What the person had typed into `field` before a plain post came back with errors.
pub fn kept_value(form: &str, field: &str) -> String {
    use_boot().flash_for(form).and_then(|flash| flash.value(field)).unwrap_or_default().to_owned()
}

/// An editor's field value: what the person typed when a plain post came back with
/// errors, else what is saved. `value(field, saved)`.
pub fn kept_or_saved(form: &'static str) -> impl Fn(&str, &str) -> String + Copy {
    let has_flash = use_boot().flash_for(form).is_some();
    move |field, saved| if has_flash { kept_value(form, field) } else { saved.to_owned() }
}

pub fn use_boot() -> BootData {
    use_context::<BootData>().unwrap_or_default()
}

/// After a successful form, load the next page in full so the header, session and
/// language are rendered anew by the server (the same as without JavaScript).
pub fn go_to_on_success(last_answer: impl Fn() -> Option<Result<String, AppError>> + 'static) {
    Effect::new(move |_| {
        if let Some(Ok(target)) = last_answer() {
            let location = window().location();
            let here = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
            let _ = location.set_href(&target);
            // A target on this very page that differs only in its #fragment ("/topics/waste#follow")
            // would only scroll: load the page again so it shows what changed, and its notice.
            if target.split_once('#').is_some_and(|(page, _)| page == here) {
                let _ = location.reload();
            }
        }
    });
}

pub fn field_error(errors: Signal<Vec<FieldError>>, field: impl Into<String>) -> Signal<Option<FieldError>> {
    let field = field.into();
    Signal::derive(move || errors.get().into_iter().find(|error| error.field == field))
}

/// A field's `aria-describedby`: its hint, and its error while there is one.
pub fn described_by(hint_id: Option<String>, error_id: String, error: Signal<Option<FieldError>>) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let ids: Vec<&str> = hint_id.iter().map(String::as_str).chain(error.get().map(|_| error_id.as_str())).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

/// The list of a form's problems above it; each links to its field. Takes the focus when
/// the page comes back with it (`autofocus`: no script needed), so keyboard and
/// screen-reader users land on it (GOV.UK's pattern).
#[component]
pub fn ErrorSummary(errors: Signal<Vec<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let errors = errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="error-summary" role="alert" tabindex="-1" autofocus=true>
                    <h2 class="error-summary__title">{i18n.t(Msg::ErrorSummaryTitle)}</h2>
                    <ul class="error-summary__list">
                        {errors
                            .into_iter()
                            .map(|error| {
                                let text = i18n.fill(error.message, &error.params);
                                if error.field.is_empty() {
                                    view! { <li>{text}</li> }.into_any()
                                } else {
                                    let href = format!("#{}", error.field);
                                    view! { <li><a href=href>{text}</a></li> }.into_any()
                                }
                            })
                            .collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// A one-line text input with its label, optional hint and error.
#[component]
pub fn TextField(
    /// The form field's name; also its element id, which the error summary links to.
    name: &'static str,
    label: Msg,
    errors: Signal<Vec<FieldError>>,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] value: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = field_error(errors, name);
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = described_by(hint.is_some().then(|| hint_id.clone()), error_id.clone(), error);
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=name>{i18n.t(label)}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <FieldErrorMessage id=error_id error=error/>
            <input
                class="field__input"
                id=name
                name=name
                type=input_type
                autocomplete=autocomplete
                value=value
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
            />
        </div>
    }
}

/// A text area with its label, optional hint and error, for text longer than a line.
#[component]
pub fn TextAreaField(
    name: &'static str,
    label: Msg,
    errors: Signal<Vec<FieldError>>,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = field_error(errors, name);
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = described_by(hint.is_some().then(|| hint_id.clone()), error_id.clone(), error);
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=name>{i18n.t(label)}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <FieldErrorMessage id=error_id error=error/>
            <textarea
                class="field__input field__input--area"
                id=name
                name=name
                rows=rows
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
            >
                {value}
            </textarea>
        </div>
    }
}

/// A single checkbox with its label and error (e.g. accepting terms).
#[component]
pub fn CheckboxField(
    name: &'static str,
    label: Msg,
    errors: Signal<Vec<FieldError>>,
    #[prop(optional)] checked: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = field_error(errors, name);
    let error_id = format!("{name}-error");
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <FieldErrorMessage id=error_id.clone() error=error/>
            <div class="checkbox">
                <input
                    class="checkbox__input"
                    id=name
                    name=name
                    type="checkbox"
                    value="yes"
                    checked=checked
                    aria-invalid=move || error.get().map(|_| "true")
                    aria-describedby=move || error.get().map(|_| error_id.clone())
                />
                <label class="checkbox__label" for=name>{i18n.t(label)}</label>
            </div>
            {children.map(|children| children())}
        </div>
    }
}

#[component]
pub fn FieldErrorMessage(id: String, error: Signal<Option<FieldError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|error| {
            view! {
                <p class="field__error" id=id.clone()>
                    <span class="visually-hidden">{i18n.t(Msg::ErrorPrefix)} " "</span>
                    {i18n.fill(error.message, &error.params)}
                </p>
            }
        })
    }
}

/// The form's main button; says it is working while JavaScript sends the form.
#[component]
pub fn SubmitButton(label: Msg, pending: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button class="button" type="submit" aria-disabled=move || pending.get().then_some("true")>
            {move || if pending.get() { i18n.t(Msg::Sending) } else { i18n.t(label) }}
        </button>
    }
}

/// A success message carried over from the previous page (e.g. after logging out).
#[component]
pub fn FlashNotice() -> impl IntoView {
    let i18n = use_i18n();
    use_boot().flash.and_then(|flash| flash.notice).map(|notice| {
        view! {
            <div class="notice" role="status">
                <span class="visually-hidden">{i18n.t(Msg::NoticePrefix)} " "</span>
                {i18n.t(notice)}
            </div>
        }
    })
}

/// A drop-down list with its label and error; `options` are (value, text) pairs.
#[component]
pub fn SelectField(
    name: &'static str,
    label: Msg,
    errors: Signal<Vec<FieldError>>,
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    #[prop(optional)] hint: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = field_error(errors, name);
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let described_by = described_by(hint.is_some().then(|| hint_id.clone()), error_id.clone(), error);
    view! {
        <div class="field" class:field--error=move || error.get().is_some()>
            <label class="field__label" for=name>{i18n.t(label)}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id.clone()>{hint}</p> })}
            <FieldErrorMessage id=error_id.clone() error=error/>
            <select
                class="field__input"
                id=name
                name=name
                aria-invalid=move || error.get().map(|_| "true")
                aria-describedby=described_by
            >
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! { <option value=value selected=is_selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
