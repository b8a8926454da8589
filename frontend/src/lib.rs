//! The browser entry point. Pages are rendered on the server; this only
//! brings the answers form's island to life (autosave, rows in place, word
//! counts). Everything works without it.
//!
//! No panic hook: the bundle is built with `panic = "abort"`, and the hook's
//! message formatting would cost more than the rest of our code
//! (docs/decisions/0014-small-browser-bundle.md).

use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn hydrate() {
    // Registers the `#[island]` of the `app` crate.
    #[allow(unused_imports)]
    use app::islands as _;
    leptos::mount::hydrate_islands();
}
