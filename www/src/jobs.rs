//! Long work runs in Web Workers running the page's own wasm: a request is split over the pool
//! (by the core's rule), each part runs in its own worker, and the parts' responses are merged
//! back by the core. This module follows progress and terminates the workers on Cancel (or
//! when the page leaves the flow).

use leptos::prelude::*;
use withdrawal_wallet::{Phase, Request, Response, WalletError};
use withdrawal_wallet_worker::{Job, Reply};

use crate::text;

/// Where the page's job stands.
#[derive(Debug, Clone, PartialEq)]
pub enum JobState {
    Idle,
    Running {
        phase: Phase,
        done: u64,
        total: u64,
        started_ms: f64,
        now_ms: f64,
    },
    Finished(Response),
    Failed(WalletError),
    Cancelled,
}

impl JobState {
    pub fn is_running(&self) -> bool {
        matches!(self, Self::Running { .. })
    }
}

/// Seconds left, from the pace so far.
pub fn eta_seconds(done: u64, total: u64, elapsed_ms: f64) -> Option<f64> {
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
/// (`window.withdrawalWalletWorkerUrl`), or else the one Trunk's post-build hook writes next to
/// the page. Either is the app's glue as a classic script (module workers from blob: do not
/// start in Chromium from file://), which waits for the wasm module as its first message.
#[cfg(target_arch = "wasm32")]
fn worker_url() -> String {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"withdrawalWalletWorkerUrl".into()).ok())
        .and_then(|url| url.as_string())
        .unwrap_or_else(|| "./withdrawal-wallet-worker.js".to_owned())
}

/// A file handed to a job as it is, so a large import is read in the worker, not the page.
pub type Attachment = Option<web_sys::Blob>;

/// Starts one worker on `job`; every reply but `Ready` goes to `on_reply`. The worker gets the
/// page's compiled wasm module first and instantiates it; the app's `main` then finds no window
/// and serves jobs, posting `Ready` once it listens.
#[cfg(target_arch = "wasm32")]
fn spawn(
    job: &Job,
    attachment: Attachment,
    mut on_reply: impl FnMut(Reply) + 'static,
) -> Result<RunningJob, WalletError> {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    // The job's JSON holds the mnemonic or a password: zeroed when this worker is dropped.
    let job_text =
        zeroize::Zeroizing::new(serde_json::to_string(job).map_err(WalletError::internal)?);
    let worker = web_sys::Worker::new(&worker_url())
        .map_err(|_| WalletError::internal(untrack(|| crate::i18n::text("jobs-worker-refused"))))?;
    if worker.post_message(&wasm_bindgen::module()).is_err() {
        worker.terminate();
        return Err(WalletError::internal(untrack(|| {
            crate::i18n::text("jobs-module-not-sent")
        })));
    }
    let job_sender = worker.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else {
                return;
            };
            match serde_json::from_str::<Reply>(&text) {
                // The job goes out only once the worker listens; earlier messages would be lost.
                Ok(Reply::Ready) => {
                    let message: JsValue = match &attachment {
                        Some(blob) => {
                            js_sys::Array::of2(&JsValue::from_str(&job_text), blob).into()
                        }
                        None => JsValue::from_str(&job_text),
                    };
                    if job_sender.post_message(&message).is_err() {
                        on_reply(Reply::Failed {
                            error: WalletError::internal(untrack(|| {
                                crate::i18n::text("jobs-job-not-sent")
                            })),
                        });
                    }
                }
                Ok(reply) => on_reply(reply),
                Err(err) => on_reply(Reply::Failed {
                    error: WalletError::internal(err),
                }),
            }
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    Ok(RunningJob {
        worker,
        _on_message: on_message,
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn spawn(
    _job: &Job,
    _attachment: Attachment,
    _on_reply: impl FnMut(Reply) + 'static,
) -> Result<RunningJob, WalletError> {
    Err(WalletError::internal("jobs need a browser"))
}

/// Workers to use: `window.withdrawalWalletPoolSize` if a benchmark set it, else one per core
/// within the memory the device reports.
fn pool_size() -> usize {
    let Some(window) = web_sys::window() else {
        return 1;
    };
    let forced = js_sys::Reflect::get(&window, &"withdrawalWalletPoolSize".into())
        .ok()
        .and_then(|v| v.as_f64());
    if let Some(forced) = forced {
        return (forced as usize).max(1);
    }
    let navigator = window.navigator();
    let cores = navigator.hardware_concurrency() as usize;
    let memory = js_sys::Reflect::get(&navigator, &"deviceMemory".into())
        .ok()
        .and_then(|v| v.as_f64());
    crate::pool::pool_size(cores, memory)
}

/// Progress and results of the pool's parts, until all are in.
#[derive(Default)]
struct PoolProgress {
    progress: Vec<(u64, u64)>,
    responses: Vec<Option<Response>>,
}

/// One job at a time for a page section, spread over a pool of workers: starting again while
/// one runs does nothing, so a double click never yields two sets of files. A runner that
/// [follows](JobRunner::follow) its form drops its result (and stops its work) as soon as the
/// form would make another request: no result outlives a change to its inputs.
#[derive(Clone, Copy)]
pub struct JobRunner {
    pub state: RwSignal<JobState>,
    running: StoredValue<Vec<RunningJob>, LocalStorage>,
    pool: StoredValue<PoolProgress, LocalStorage>,
    /// The request the current state comes from.
    ran: StoredValue<Option<Request>, LocalStorage>,
}

impl JobRunner {
    pub fn new() -> Self {
        let runner = Self {
            state: RwSignal::new(JobState::Idle),
            running: StoredValue::new_local(Vec::new()),
            pool: StoredValue::new_local(PoolProgress::default()),
            ran: StoredValue::new_local(None),
        };
        // Leaving the flow stops its work.
        on_cleanup(move || runner.running.set_value(Vec::new()));
        runner
    }

    pub fn start(&self, request: Request) {
        self.start_with_attachment(request, None);
    }

    /// `start`, with a file every part of the job receives.
    pub fn start_with_attachment(&self, request: Request, attachment: Attachment) {
        if self.state.get_untracked().is_running() {
            return;
        }
        self.running.set_value(Vec::new());
        self.ran.set_value(Some(request.clone()));
        let now = (js_sys::Date::now() / 1000.0) as u64;
        // The batch's one salt, drawn here at the edge so every part shares it.
        let shared_salt = match withdrawal_wallet::draw_salt() {
            Ok(salt) => Some(salt),
            Err(err) => {
                self.state.set(JobState::Failed(err.into()));
                return;
            }
        };
        let attachment_bytes = attachment.as_ref().map(|blob| blob.size() as usize);
        let parts = request.split(
            withdrawal_wallet::parts_for(pool_size(), attachment_bytes),
            now,
        );
        self.pool.set_value(PoolProgress {
            progress: vec![(0, 0); parts.len()],
            responses: vec![None; parts.len()],
        });
        let started = now_ms();
        self.state.set(JobState::Running {
            phase: Phase::Deriving,
            done: 0,
            total: 0,
            started_ms: started,
            now_ms: started,
        });
        let runner = *self;
        let mut running = Vec::with_capacity(parts.len());
        for (slot, part) in parts.into_iter().enumerate() {
            let job = Job {
                request: part,
                shared_salt,
                now,
            };
            match spawn(&job, attachment.clone(), move |reply| {
                runner.on_reply(slot, reply, started)
            }) {
                Ok(job) => running.push(job),
                Err(error) => {
                    self.state.set(JobState::Failed(error));
                    return;
                }
            }
        }
        self.running.set_value(running);
    }

    fn on_reply(&self, slot: usize, reply: Reply, started_ms: f64) {
        if !self.state.get_untracked().is_running() {
            return;
        }
        match reply {
            Reply::Ready => {}
            Reply::Progress(progress) => {
                self.pool.update_value(|pool| {
                    pool.progress[slot] = (progress.done, progress.total);
                });
                let (done, total) = self.sum();
                self.state.set(JobState::Running {
                    phase: progress.phase,
                    done,
                    total,
                    started_ms,
                    now_ms: now_ms(),
                });
            }
            Reply::Failed { error } => {
                self.running.set_value(Vec::new());
                self.state.set(JobState::Failed(error));
            }
            Reply::Done { response } => {
                self.pool
                    .update_value(|pool| pool.responses[slot] = Some(response));
                let all: Option<Vec<Response>> = self
                    .pool
                    .with_value(|pool| pool.responses.iter().cloned().collect());
                if let Some(responses) = all {
                    self.running.set_value(Vec::new());
                    self.state.set(match withdrawal_wallet::merge(responses) {
                        Ok(response) => JobState::Finished(response),
                        Err(error) => JobState::Failed(error),
                    });
                }
            }
        }
    }

    fn sum(&self) -> (u64, u64) {
        self.pool.with_value(|pool| {
            pool.progress
                .iter()
                .fold((0, 0), |(d, t), (pd, pt)| (d + pd, t + pt))
        })
    }

    pub fn cancel(&self) {
        self.running.set_value(Vec::new());
        self.state.set(JobState::Cancelled);
    }

    pub fn reset(&self) {
        self.running.set_value(Vec::new());
        self.ran.set_value(None);
        self.state.set(JobState::Idle);
    }

    /// Drops the result, or stops the work, once `current` (the request the form would make
    /// now, tracked) differs from the one that ran.
    pub fn follow(&self, current: impl Fn() -> Option<Request> + 'static) {
        let runner = *self;
        Effect::new(move |_| {
            let current = current();
            let stale = runner.ran.with_value(|ran| {
                ran.as_ref()
                    .is_some_and(|ran| Some(ran) != current.as_ref())
            });
            if stale {
                runner.reset();
            }
        });
    }

    /// Whether the runner holds a finished response (tracked).
    pub fn is_finished(&self) -> bool {
        matches!(self.state.get(), JobState::Finished(_))
    }

    /// The finished response, if the job is done.
    pub fn response(&self) -> Option<Response> {
        match self.state.get() {
            JobState::Finished(response) => Some(response),
            _ => None,
        }
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
            // Keystore jobs count steps (each deposit is signed, then verified, each keystore
            // written), not validators: a share says more than "4 of 6" for two validators.
            let mut count_args = crate::i18n::Args::new();
            let count_id = match (phase, total) {
                (_, 0) => {
                    count_args.set("done", done);
                    "job-progress-done"
                }
                (Phase::Keystores, _) => {
                    count_args.set("percent", done * 100 / total);
                    "job-progress-percent"
                }
                _ => {
                    count_args.set("done", done);
                    count_args.set("total", total);
                    "job-progress-of"
                }
            };
            let mut args = crate::i18n::Args::new();
            args.set("phase", text::phase(phase));
            args.set("count", crate::i18n::text_with(count_id, &count_args));
            // Seconds to one decimal, formatted the language's way.
            args.set("elapsed", (elapsed_ms / 100.0).round() / 10.0);
            let progress = match eta_seconds(done, total, elapsed_ms) {
                Some(eta) => {
                    args.set("eta", eta.round());
                    crate::i18n::text_with("job-progress-eta", &args)
                }
                None => crate::i18n::text_with("job-progress", &args),
            };
            view! {
                <div class="progress" data-testid="progress" role="status">
                    <progress max=total.max(1) value=done data-testid="progress-bar"></progress>
                    <p data-testid="progress-text">
                        {progress}
                    </p>
                    <button type="button" class="secondary" data-testid="cancel" on:click=move |_| runner.cancel()>
                        {crate::tr!("job-cancel")}
                    </button>
                </div>
            }
            .into_any()
        }
        JobState::Failed(error) => view! {
            <p class="job-error" role="alert" data-testid="job-error" data-code=error.code.as_str()>
                {text::error(&error)}
            </p>
        }
        .into_any(),
        JobState::Cancelled => {
            view! { <p class="hint" data-testid="cancelled">{crate::tr!("job-cancelled")}</p> }
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
