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

/// A file handed to a job as it is, so a large import is read in the worker, not the page.
pub type Attachment = Option<web_sys::Blob>;

/// Starts one worker on `job`; every reply but `Ready` goes to `on_reply`.
#[cfg(target_arch = "wasm32")]
fn spawn(
    job: &Job,
    attachment: Attachment,
    mut on_reply: impl FnMut(Reply) + 'static,
) -> Result<RunningJob, String> {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    // The job's JSON holds the mnemonic or a password: zeroed when this worker is dropped.
    let job_text =
        zeroize::Zeroizing::new(serde_json::to_string(job).map_err(|err| err.to_string())?);
    let worker = web_sys::Worker::new(&worker_url())
        .map_err(|_| "the browser refused to start a Web Worker".to_owned())?;
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
                            message: "could not send the job to the worker".into(),
                        });
                    }
                }
                Ok(reply) => on_reply(reply),
                Err(_) => on_reply(Reply::Failed {
                    message: "the worker sent a message the page cannot read".into(),
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
) -> Result<RunningJob, String> {
    Err("jobs need a browser".into())
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

/// Progress and results of the pool's chunks, until all are in.
#[derive(Default)]
struct PoolProgress {
    progress: Vec<(usize, usize)>,
    replies: Vec<Option<Reply>>,
}

/// One job at a time for a page, spread over a pool of workers: starting again while one runs
/// does nothing, so a double click never yields two sets of files.
#[derive(Clone, Copy)]
pub struct JobRunner {
    pub state: RwSignal<JobState>,
    running: StoredValue<Vec<RunningJob>, LocalStorage>,
    pool: StoredValue<PoolProgress, LocalStorage>,
}

impl JobRunner {
    pub fn new() -> Self {
        let runner = Self {
            state: RwSignal::new(JobState::Idle),
            running: StoredValue::new_local(Vec::new()),
            pool: StoredValue::new_local(PoolProgress::default()),
        };
        // Leaving the flow stops its work.
        on_cleanup(move || runner.running.set_value(Vec::new()));
        runner
    }

    pub fn start(&self, job: Job) {
        self.start_with_attachment(job, None);
    }

    /// `start`, with a file every part of the job receives.
    pub fn start_with_attachment(&self, job: Job, attachment: Attachment) {
        if self.state.get_untracked().is_running() {
            return;
        }
        self.running.set_value(Vec::new());
        // The batch's one salt, drawn here at the edge so every chunk shares it.
        let salt = withdrawal_wallet::random::draw_keystore_randomness(1, false)
            .ok()
            .and_then(|r| r.salts.first().map(hex::encode));
        let parts = crate::pool::plan(&job, pool_size(), salt);
        self.pool.set_value(PoolProgress {
            progress: vec![(0, 0); parts.len()],
            replies: vec![None; parts.len()],
        });
        let started = now_ms();
        self.state.set(JobState::Running {
            phase: "starting".into(),
            done: 0,
            total: 0,
            started_ms: started,
            now_ms: started,
        });
        let runner = *self;
        let mut running = Vec::with_capacity(parts.len());
        for (slot, part) in parts.iter().enumerate() {
            match spawn(part, attachment.clone(), move |reply| {
                runner.on_reply(slot, reply, started)
            }) {
                Ok(job) => running.push(job),
                Err(message) => {
                    self.state.set(JobState::Failed(message));
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
            Reply::Progress { phase, done, total } => {
                self.pool
                    .update_value(|pool| pool.progress[slot] = (done, total));
                let (done, total) = self.sum();
                self.state.set(JobState::Running {
                    phase,
                    done,
                    total,
                    started_ms,
                    now_ms: now_ms(),
                });
            }
            Reply::Failed { message } => {
                self.running.set_value(Vec::new());
                self.state.set(JobState::Failed(message));
            }
            finished => {
                self.pool
                    .update_value(|pool| pool.replies[slot] = Some(finished));
                let all: Option<Vec<Reply>> = self
                    .pool
                    .with_value(|pool| pool.replies.iter().cloned().collect());
                if let Some(replies) = all {
                    self.running.set_value(Vec::new());
                    self.state.set(match crate::pool::merge_replies(replies) {
                        Ok(reply) => JobState::Finished(reply),
                        Err(message) => JobState::Failed(message),
                    });
                }
            }
        }
    }

    fn sum(&self) -> (usize, usize) {
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
