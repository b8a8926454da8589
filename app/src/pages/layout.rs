//! The page shell: document head, skip link, header, main, footer.

use crate::i18n::{tr, Lang};
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
    /// The page's language.
    pub lang: Lang,
    /// The language switch: each language and this page in it.
    pub languages: Vec<(Lang, String)>,
}

/// The language switch: plain links (no script), each language named in
/// itself and marked with its own `lang`.
fn language_switch(current: Lang, links: &[(Lang, String)]) -> AnyView {
    let items = links
        .iter()
        .map(|(l, href)| {
            let here = (*l == current).then_some("true");
            view! {
                <li><a href=href.clone() lang=l.code() hreflang=l.code() dir=l.dir() aria-current=here>{l.own_name()}</a></li>
            }
        })
        .collect_view();
    view! {
        <nav class="languages" aria-label=tr("site.languages")>
            <ul class="languages__list">{items}</ul>
        </nav>
    }
    .into_any()
}

pub fn document(shell: Shell, body: AnyView) -> AnyView {
    let title = format!("{} – {}", shell.title, tr("site.service"));
    let switch = language_switch(shell.lang, &shell.languages);
    let nav = shell
        .staff_nav
        .as_ref()
        .map(crate::pages::parts::staff_nav::staff_nav);
    let scripts = shell
        .bundle
        .map(|dir| view! { <script type="module" inner_html=bundle_loader(&dir)></script> });
    view! {
        <!DOCTYPE html>
        <html lang=shell.lang.code() dir=shell.lang.dir()>
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
                        {switch}
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
