//! Component tests of the game screen in headless Chromium: on one device the hand-over
//! screen hides both players' private briefs until the player to move is ready, then shows
//! that player's alone; a move the game refuses leaves the game as it was and says why.
#![cfg(target_arch = "wasm32")]

use standoff::app::game_session::{GameAction, PlayMode};
use standoff::app::state::{Action, AppState, Origin};
use standoff_core::game::{Move, VendorMove};
use standoff_core::model::presets;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

mod web_support;
use web_support::{find, text};

fn symmetric_game() -> AppState {
    let scenario = presets::by_id("symmetric")
        .map(|preset| preset.scenario)
        .unwrap_or_default();
    AppState::with_scenario(scenario, Origin::Default)
        .apply(Action::Game(GameAction::Start(PlayMode::HotSeat)))
}

async fn click(host: &web_sys::Element, selector: &str) {
    find::<HtmlElement>(host, selector).click();
    yew::scheduler::flush().await;
}

#[wasm_bindgen_test]
async fn the_hand_over_screen_hides_both_briefs_until_the_player_is_ready() {
    let host = web_support::mount_app(symmetric_game()).await;
    web_support::wait_for(&host, "[data-testid=hand-over]").await;
    assert!(host
        .query_selector("[data-testid=private-brief]")
        .ok()
        .flatten()
        .is_none());
    let page = host.text_content().unwrap_or_default();
    assert!(!page.contains("$50,000,000") && !page.contains("$500,000,000"));
    click(&host, "[data-testid=ready]").await;
    assert_eq!(text(&host, "[data-testid=brief-cash]"), "$50,000,000");
    assert!(!host
        .text_content()
        .unwrap_or_default()
        .contains("$500,000,000"));
    assert_eq!(
        text(&host, "[data-testid=game-turn]"),
        "Platform to move (the customer)"
    );
}

#[wasm_bindgen_test]
async fn a_refused_move_keeps_the_game_and_says_why() {
    // The vendor cannot move first: the reducer keeps the game and the screen says why.
    let state = symmetric_game()
        .apply(Action::Game(GameAction::Ready))
        .apply(Action::Game(GameAction::Move(Move::Vendor(
            VendorMove::Accept,
        ))));
    let host = web_support::mount_app(state).await;
    web_support::wait_for(&host, "[data-testid=move-rejected]").await;
    assert_eq!(
        text(&host, "[data-testid=move-rejected]"),
        "Round 1, the vendor’s move: It is the customer’s move, not yours."
    );
    assert!(host
        .query_selector("[data-testid=move-form]")
        .ok()
        .flatten()
        .is_some());
}
