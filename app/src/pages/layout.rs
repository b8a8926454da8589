//! The page shell: document head, skip link, header, main, footer.

use crate::i18n::tr;
use leptos::prelude::*;

/// What the shell needs besides the page's body.
pub struct Shell {
    pub title: String,
    /// The browser bundle's folder in URLs (`pkg/{fingerprint}`), on pages
    /// with islands, when there is a bundle.
    pub bundle: Option<String>,
    /// The style sheet's URL (with its version).
    pub style_href: String,
    /// UN DESA's navigation, on staff pages.
    pub staff_nav: Option<crate::pages::parts::staff_nav::StaffNav>,
}

pub fn document(shell: Shell, body: AnyView) -> AnyView {
    let title = format!("{} – {}", shell.title, tr("site.service"));
    let nav = shell
        .staff_nav
        .as_ref()
        .map(crate::pages::parts::staff_nav::staff_nav);
    let scripts = shell
        .bundle
        .map(|dir| view! { <script type="module" inner_html=bundle_loader(&dir)></script> });
    view! {
        <!DOCTYPE html>
        <html lang="en" dir="ltr">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>{title}</title>
                <link rel="stylesheet" href=shell.style_href/>
                {scripts}
            </head>
            <body>
                <a class="skip-link" href="#main">{tr("site.skip")}</a>
                <header class="site-header">
                    <div class="container">
                        <a class="site-header__name" href="/">{tr("site.name")}</a>
                        <span class="site-header__service">{tr("site.service")}</span>
                    </div>
                    {nav}
                </header>
                <main id="main" class="container" tabindex="-1">{body}</main>
                <footer class="site-footer">
                    <div class="container">
                        <p>{tr("site.footer")}</p>
                        <p><a href=crate::paths::VERIFY>{tr("verify.title")}</a></p>
                    </div>
                </footer>
            </body>
        </html>
    }
    .into_any()
}

/// The one inline script of the pages (allowed by its hash in the
/// Content-Security-Policy): once the page has loaded (its HTML and style
/// sheet, so it is usable), fetch the bundle and bring each island to
/// life. Nothing is preloaded ahead of the style sheet: on a slow link the
/// page comes first, the comfort after.
pub fn bundle_loader(dir: &str) -> String {
    format!(
        "addEventListener(\"load\",()=>import(\"/{dir}/msq.js\").then(async m=>{{\
         await m.default({{module_or_path:\"/{dir}/msq_bg.wasm\"}});m.hydrate();\
         for(const e of document.querySelectorAll(\"leptos-island\")){{\
         const f=m[e.dataset.component];if(f)f(e)}}}}))"
    )
}
