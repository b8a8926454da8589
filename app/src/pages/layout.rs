//! The page shell: document head, skip link, header, main, footer.

use crate::i18n::tr;
use leptos::prelude::*;

/// What the shell needs besides the page's body.
pub struct Shell {
    pub title: String,
    /// Load the browser bundle (only pages with islands need it).
    pub hydrate: bool,
    pub options: LeptosOptions,
    /// The style sheet's URL (with its version).
    pub style_href: String,
}

pub fn document(shell: Shell, body: AnyView) -> AnyView {
    let title = format!("{} – {}", shell.title, tr("site.service"));
    let scripts = shell
        .hydrate
        .then(|| view! { <HydrationScripts options=shell.options islands=true/> });
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
