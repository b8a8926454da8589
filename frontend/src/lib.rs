//! The browser entry point. Pages are rendered on the server; this only
//! brings their interactive islands (autosave, word counts, conditional
//! follow-ups) to life. Everything works without it.

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Registers every `#[island]` of the `app` crate.
    #[allow(unused_imports)]
    use app::islands as _;
    leptos::mount::hydrate_islands();
}
