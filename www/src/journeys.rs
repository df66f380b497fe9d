//! The staker's journeys: what they came to do, walked one step at a time. A journey is a path
//! through the flow screens (mnemonic → what the chain knows → review → files and next
//! steps); the stepper shows where the staker is, and each flow screen reports its stage.
//! The expert's direct tools are the same screens without a journey.

use leptos::prelude::*;

use crate::i18n::{text, text_with, Args};
use crate::Screen;

/// What the staker wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Journey {
    NewValidators,
    WithdrawalAddress,
    Exits,
    CheckFile,
}

/// A journey's steps, in order. Each flow screen says which one it is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Loading or creating the mnemonic (or, for exits, choosing a keystore).
    Mnemonic,
    /// What the chain knows and what to make: the form.
    Details,
    /// The signing review: exactly what will be signed, confirmed by the staker.
    Review,
    /// The verified files and what to do with them.
    Files,
}

impl Journey {
    pub const ALL: [Journey; 4] = [
        Journey::WithdrawalAddress,
        Journey::NewValidators,
        Journey::Exits,
        Journey::CheckFile,
    ];

    /// For data-testid and the e2e tests.
    pub fn id(self) -> &'static str {
        match self {
            Self::NewValidators => "journey-new-validators",
            Self::WithdrawalAddress => "journey-withdrawal-address",
            Self::Exits => "journey-exits",
            Self::CheckFile => "journey-check-file",
        }
    }

    /// The staker's words for it (tracked: call it where the text should follow the language).
    pub fn title(self) -> String {
        text(match self {
            Self::WithdrawalAddress => "journey-withdrawal-address",
            Self::NewValidators => "journey-new-validators",
            Self::Exits => "journey-exits",
            Self::CheckFile => "journey-check-file",
        })
    }

    /// What it involves (tracked).
    pub fn detail(self) -> String {
        text(match self {
            Self::WithdrawalAddress => "journey-withdrawal-address-detail",
            Self::NewValidators => "journey-new-validators-detail",
            Self::Exits => "journey-exits-detail",
            Self::CheckFile => "journey-check-file-detail",
        })
    }

    /// The steps the stepper lists, with the message id of the staker's name for each.
    pub fn steps(self) -> &'static [(Stage, &'static str)] {
        match self {
            Self::WithdrawalAddress => &[
                (Stage::Mnemonic, "step-your-mnemonic"),
                (Stage::Details, "step-your-validators"),
                (Stage::Review, "step-review-and-sign"),
                (Stage::Files, "step-files-and-next-steps"),
            ],
            Self::NewValidators => &[
                (Stage::Mnemonic, "step-your-mnemonic"),
                (Stage::Details, "step-chain-address-amounts"),
                (Stage::Review, "step-review-and-sign"),
                (Stage::Files, "step-files-and-next-steps"),
            ],
            Self::Exits => &[
                (Stage::Mnemonic, "step-mnemonic-or-keystore"),
                (Stage::Details, "step-validators-and-epoch"),
                (Stage::Review, "step-review-and-sign"),
                (Stage::Files, "step-files-and-next-steps"),
            ],
            Self::CheckFile => &[
                (Stage::Details, "step-the-file"),
                (Stage::Files, "step-what-it-says"),
            ],
        }
    }

    /// The screen that does the journey's work once a mnemonic is loaded (or not needed).
    pub fn work_screen(self) -> Screen {
        match self {
            Self::WithdrawalAddress => Screen::WithdrawalAddress,
            Self::NewValidators => Screen::ValidatorKeys,
            Self::Exits => Screen::Exits,
            Self::CheckFile => Screen::VerifyFiles,
        }
    }

    /// Whether `screen` belongs to this journey (the stepper shows only there).
    pub fn includes(self, screen: Screen) -> bool {
        screen == self.work_screen()
            || matches!(screen, Screen::UseMnemonic | Screen::CreateMnemonic)
                && self != Self::CheckFile
            || self == Self::WithdrawalAddress && screen == Screen::FindValidators
    }
}

/// Where the screen on show stands in its flow; the flow screens set it.
#[derive(Clone, Copy)]
pub struct FlowStage(pub RwSignal<Stage>);

impl Stage {
    /// A flow's stage from what it shows: a missing mnemonic first, then its files, else its
    /// review, else its form.
    pub fn of(missing_mnemonic: bool, has_review: bool, has_files: bool) -> Self {
        if missing_mnemonic {
            Self::Mnemonic
        } else if has_files {
            Self::Files
        } else if has_review {
            Self::Review
        } else {
            Self::Details
        }
    }
}

/// Keeps the flow's stage in step with what the screen shows.
pub fn report_stage(current: impl Fn() -> Stage + 'static) {
    let stage = expect_context::<FlowStage>().0;
    Effect::new(move |_| stage.set(current()));
}

/// The journey's steps, the current one marked, above the screen.
#[component]
pub fn Stepper(journey: Journey) -> impl IntoView {
    let stage = expect_context::<FlowStage>().0;
    let steps = journey.steps();
    let label = move || {
        let mut args = Args::new();
        args.set("journey", journey.title());
        text_with("stepper-label", &args)
    };
    view! {
        <nav class="stepper" aria-label=label data-testid="stepper">
            <ol>
                {steps.iter().enumerate().map(|(n, (step, label))| {
                    let (step, label) = (*step, *label);
                    let state = move || match stage.get().cmp(&step) {
                        std::cmp::Ordering::Greater => "done",
                        std::cmp::Ordering::Equal => "current",
                        std::cmp::Ordering::Less => "todo",
                    };
                    view! {
                        <li class=state data-step=format!("{step:?}").to_lowercase()
                            aria-current=move || (state() == "current").then_some("step")>
                            <span class="number">{n + 1}</span>" "{move || text(label)}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}
