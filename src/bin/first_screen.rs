//! The first screen's module: shows the verdict and the first chart while the app loads (see
//! `standoff::app::first_screen`).

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    let _ = standoff::app::first_screen::show();
}

fn main() {}
