//! A panic anywhere while answering a request gives the person the error page and a 500,
//! at once, and the log its cause. Never a connection left hanging.
//!
//! A panic in the handler itself unwinds through [`answer_panics`]. But Leptos renders a
//! page's data in tasks of their own (each resource is spawned), and a task that panics
//! just ends: the page waits for its data forever. `?date=-0002-06-01` did that (Easter of
//! year −2). So the tasks run on [`CatchingExecutor`], which catches the panic and rings
//! the alarm of the request the task belongs to (found through the reactive owner it was
//! spawned under); the middleware answers as soon as it rings.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use axum::extract::Request;
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use futures::FutureExt;
use leptos::prelude::{use_context, Owner};

/// Rung when a task of this request panicked.
#[derive(Clone, Default)]
pub struct PanicAlarm(Arc<tokio::sync::Notify>);

/// Leptos' tasks on tokio, as `Executor::init_tokio` would run them, but a panic is caught,
/// logged and reported to its request.
pub struct CatchingExecutor;

impl CustomExecutor for CatchingExecutor {
    fn spawn(&self, task: PinnedFuture<()>) {
        let owner = Owner::current();
        tokio::spawn(async move {
            if let Err(cause) = AssertUnwindSafe(task).catch_unwind().await {
                tracing::error!(cause = panic_text(cause.as_ref()), "a task rendering a request panicked");
                let alarm = owner.and_then(|owner| owner.with(|| use_context::<http::request::Parts>()))
                    .and_then(|parts| parts.extensions.get::<PanicAlarm>().cloned());
                if let Some(alarm) = alarm {
                    alarm.0.notify_one();
                }
            }
        });
    }

    fn spawn_local(&self, task: PinnedLocalFuture<()>) {
        tokio::task::spawn_local(task);
    }

    fn poll_local(&self) {}
}

/// Runs Leptos' tasks on [`CatchingExecutor`]. Before anything renders (Leptos would set
/// up plain tokio otherwise); a second call changes nothing.
pub fn install() {
    let _ = Executor::init_custom_executor(CatchingExecutor);
}

/// Middleware: the request's answer, or the error page when it panicked (in the handler or
/// in one of its tasks).
pub async fn answer_panics(mut req: Request, next: Next) -> Response {
    let alarm = PanicAlarm::default();
    req.extensions_mut().insert(alarm.clone());
    let for_a_script = req.uri().path().starts_with("/api/");
    let answer = AssertUnwindSafe(next.run(req)).catch_unwind();
    tokio::select! {
        answered = answer => answered.unwrap_or_else(|cause| {
            tracing::error!(cause = panic_text(cause.as_ref()), "a request panicked");
            error_answer(for_a_script)
        }),
        _ = alarm.0.notified() => error_answer(for_a_script),
    }
}

fn panic_text(cause: &(dyn std::any::Any + Send)) -> &str {
    cause.downcast_ref::<&str>().copied().or_else(|| cause.downcast_ref::<String>().map(String::as_str)).unwrap_or("(no message)")
}

/// The error page (or, for a script, the app's `Internal` error); no detail of the cause.
fn error_answer(for_a_script: bool) -> Response {
    if for_a_script {
        return (StatusCode::INTERNAL_SERVER_ERROR, [(header::CONTENT_TYPE, "application/json")], "\"Internal\"").into_response();
    }
    (StatusCode::INTERNAL_SERVER_ERROR, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], ERROR_PAGE).into_response()
}

/// In all three languages: the request's language is not known for certain here.
const ERROR_PAGE: &str = r#"<!DOCTYPE html>
<html lang="et">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Viga – Raekoda</title><link rel="stylesheet" href="/pkg/raekoda.css"></head>
<body><main class="container page">
<h1>Midagi läks valesti</h1>
<p>Meie viga, mitte sinu. Proovi hetke pärast uuesti või mine <a href="/">avalehele</a>.</p>
<h2 lang="en">Something went wrong</h2>
<p lang="en">Our fault, not yours. Try again in a moment or go to the <a href="/">front page</a>.</p>
<h2 lang="ru">Что-то пошло не так</h2>
<p lang="ru">Ошибка на нашей стороне. Попробуйте ещё раз чуть позже или перейдите на <a href="/">главную страницу</a>.</p>
</main></body>
</html>
"#;
