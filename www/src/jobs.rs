//! Long work runs in a Web Worker running the same wasm core: this module starts one per job,
//! follows its progress, and terminates it on Cancel (or when the page leaves the flow).

use leptos::prelude::*;
use withdrawal_wallet_worker::{Job, Reply};

/// Where the page's job stands.
#[derive(Debug, Clone, PartialEq)]
pub enum JobState {
    Idle,
    Running {
        phase: String,
        done: usize,
        total: usize,
        started_ms: f64,
        now_ms: f64,
    },
    Finished(Reply),
    Failed(String),
    Cancelled,
}

impl JobState {
    pub fn is_running(&self) -> bool {
        matches!(self, Self::Running { .. })
    }
}

/// Seconds left, from the pace so far.
pub fn eta_seconds(done: usize, total: usize, elapsed_ms: f64) -> Option<f64> {
    (done > 0 && total >= done).then(|| elapsed_ms / done as f64 * (total - done) as f64 / 1000.0)
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A worker running one job; dropping it terminates the worker.
pub struct RunningJob {
    #[cfg(target_arch = "wasm32")]
    worker: web_sys::Worker,
    #[cfg(target_arch = "wasm32")]
    _on_message: wasm_bindgen::closure::Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Drop for RunningJob {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        self.worker.terminate();
    }
}

/// Where the worker's script is: the blob: URL the offline release's bootstrap made
/// (`window.withdrawalWalletWorkerUrl`), or else Trunk's loader shim next to the page.
#[cfg(target_arch = "wasm32")]
fn worker_url() -> String {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"withdrawalWalletWorkerUrl".into()).ok())
        .and_then(|url| url.as_string())
        .unwrap_or_else(|| "./withdrawal-wallet-worker_loader.js".to_owned())
}

#[cfg(target_arch = "wasm32")]
fn spawn(job: &Job, state: RwSignal<JobState>) -> Result<RunningJob, String> {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let job_text = serde_json::to_string(job).map_err(|err| err.to_string())?;
    let worker = web_sys::Worker::new(&worker_url())
        .map_err(|_| "the browser refused to start a Web Worker".to_owned())?;
    let job_sender = worker.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            let Ok(reply) = serde_json::from_str::<Reply>(&text) else {
                state.set(JobState::Failed(
                    "the worker sent a message the page cannot read".into(),
                ));
                return;
            };
            match reply {
                // The job goes out only once the worker listens; earlier messages would be lost.
                Reply::Ready => {
                    if job_sender
                        .post_message(&JsValue::from_str(&job_text))
                        .is_err()
                    {
                        state.set(JobState::Failed(
                            "could not send the job to the worker".into(),
                        ));
                    }
                }
                Reply::Progress { phase, done, total } => state.update(|current| {
                    let started_ms = match current {
                        JobState::Running { started_ms, .. } => *started_ms,
                        _ => now_ms(),
                    };
                    *current = JobState::Running {
                        phase,
                        done,
                        total,
                        started_ms,
                        now_ms: now_ms(),
                    };
                }),
                Reply::Failed { message } => state.set(JobState::Failed(message)),
                done => state.set(JobState::Finished(done)),
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    Ok(RunningJob {
        worker,
        _on_message: on_message,
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn spawn(_job: &Job, _state: RwSignal<JobState>) -> Result<RunningJob, String> {
    Err("jobs need a browser".into())
}

/// One job at a time for a page: starting again replaces (and stops) the previous one, so a
/// double click never yields two sets of files.
#[derive(Clone, Copy)]
pub struct JobRunner {
    pub state: RwSignal<JobState>,
    running: StoredValue<Option<RunningJob>, LocalStorage>,
}

impl JobRunner {
    pub fn new() -> Self {
        let runner = Self {
            state: RwSignal::new(JobState::Idle),
            running: StoredValue::new_local(None),
        };
        // Leaving the flow stops its work.
        on_cleanup(move || runner.running.set_value(None));
        runner
    }

    pub fn start(&self, job: Job) {
        if self.state.get_untracked().is_running() {
            return;
        }
        self.running.set_value(None);
        self.state.set(JobState::Running {
            phase: "starting".into(),
            done: 0,
            total: 0,
            started_ms: now_ms(),
            now_ms: now_ms(),
        });
        match spawn(&job, self.state) {
            Ok(running) => self.running.set_value(Some(running)),
            Err(message) => self.state.set(JobState::Failed(message)),
        }
    }

    pub fn cancel(&self) {
        self.running.set_value(None);
        self.state.set(JobState::Cancelled);
    }

    pub fn reset(&self) {
        self.running.set_value(None);
        self.state.set(JobState::Idle);
    }
}

impl Default for JobRunner {
    fn default() -> Self {
        Self::new()
    }
}

/// Progress bar with count, elapsed time, ETA and Cancel; or the failure.
#[component]
pub fn JobProgress(runner: JobRunner) -> impl IntoView {
    move || match runner.state.get() {
        JobState::Running {
            phase,
            done,
            total,
            started_ms,
            now_ms,
        } => {
            let elapsed_ms = now_ms - started_ms;
            let eta = eta_seconds(done, total, elapsed_ms)
                .map(|s| format!(", about {s:.0} s left"))
                .unwrap_or_default();
            view! {
                <div class="progress" data-testid="progress" role="status">
                    <progress max=total.max(1) value=done data-testid="progress-bar"></progress>
                    <p data-testid="progress-text">
                        {format!("{phase}: {done} of {total}, {:.1} s{eta}", elapsed_ms / 1000.0)}
                    </p>
                    <button type="button" class="secondary" data-testid="cancel" on:click=move |_| runner.cancel()>
                        "Cancel"
                    </button>
                </div>
            }
            .into_any()
        }
        JobState::Failed(message) => {
            view! { <p class="job-error" role="alert" data-testid="job-error">{message}</p> }
                .into_any()
        }
        JobState::Cancelled => {
            view! { <p class="hint" data-testid="cancelled">"Cancelled. Nothing was produced."</p> }
                .into_any()
        }
        _ => ().into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eta_follows_the_pace_so_far() {
        assert_eq!(eta_seconds(0, 10, 500.0), None);
        assert_eq!(eta_seconds(5, 10, 5000.0), Some(5.0));
        assert_eq!(eta_seconds(10, 10, 5000.0), Some(0.0));
    }
}
