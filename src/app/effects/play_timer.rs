//! The timeline's play timer: while playing, one `Tick` per interval.

use yew::prelude::*;

use crate::app::state::{Action, AppState};

/// How long each month stays on screen while playing: slow enough to read an event aloud.
pub const MONTH_INTERVAL_MS: u32 = 900;

/// Starts an interval while `playing` is true and stops it when it turns false or the
/// component unmounts.
#[hook]
pub fn use_play_timer(playing: bool, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(playing, move |playing| {
        let interval = playing.then(|| {
            gloo::timers::callback::Interval::new(MONTH_INTERVAL_MS, move || {
                dispatch.dispatch(Action::Tick)
            })
        });
        move || drop(interval)
    });
}
