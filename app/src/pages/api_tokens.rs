//! UN DESA's personal API tokens: the list (name, created, last used,
//! expiry, revoked), a form to create one (shown once, with a copy button
//! where JavaScript runs), and renew and revoke buttons.

use crate::i18n::{tr, tr_args};
use crate::pages::parts::table::data_table;
use crate::paths::API_TOKENS;
use leptos::prelude::*;

/// A token in the list.
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub revoked_at: Option<String>,
    pub expires_at: String,
    pub expired: bool,
}

pub fn revoke_path(id: i64) -> String {
    format!("{API_TOKENS}/{id}/revoke")
}

pub fn renew_path(id: i64) -> String {
    format!("{API_TOKENS}/{id}/renew")
}

/// The page's own script (allowed by its hash in the Content-Security-
/// Policy): shows the copy button, and copies the token (or selects it,
/// where the browser does not let a page write to the clipboard).
pub const COPY_SCRIPT: &str = "for(const b of document.querySelectorAll(\"button[data-copy]\")){\
const t=document.getElementById(b.dataset.copy),s=document.getElementById(b.dataset.copy+\"-copied\");\
b.hidden=false;b.addEventListener(\"click\",()=>{const sel=()=>{getSelection().selectAllChildren(t);s.textContent=b.dataset.selected};\
if(navigator.clipboard){navigator.clipboard.writeText(t.textContent).then(()=>{s.textContent=b.dataset.done},sel)}else sel()})}";

/// `created`: (name, token) just created, shown this once. `error`: why the
/// form was refused.
pub fn api_tokens_page(
    rows: &[TokenRow],
    day_choices: &[(i64, bool)],
    created: Option<(String, String)>,
    error: Option<String>,
    notice: Option<String>,
) -> AnyView {
    let days = day_choices
        .iter()
        .map(|(n, default)| view! { <option value=n.to_string() selected=*default>{tr_args("api.days_n", &[("n", n)])}</option> })
        .collect_view();
    let created = created.map(|(name, token)| {
        view! {
            <div class="panel" role="status">
                <h2 class="panel__title">{tr_args("api.created_title", &[("name", &name)])}</h2>
                <p>{tr("api.created_body")}</p>
                <p><code class="token" id="new-token">{token}</code></p>
                <p>
                    <button type="button" class="button button--secondary" hidden=true data-copy="new-token" data-done=tr("api.copied") data-selected=tr("api.selected")>{tr("api.copy")}</button>
                    " "<span id="new-token-copied" role="status"></span>
                </p>
                <script inner_html=COPY_SCRIPT></script>
            </div>
        }
    });
    let body = rows
        .iter()
        .map(|r| {
            let action = match &r.revoked_at {
                Some(at) => view! { <span>{tr_args("api.revoked_at", &[("at", at)])}</span> }.into_any(),
                None => view! {
                    <div class="button-group">
                        <form method="post" action=renew_path(r.id)>
                            <button class="button button--secondary button--small" type="submit">
                                {tr("api.renew")}<span class="visually-hidden">" "{r.name.clone()}</span>
                            </button>
                        </form>
                        <form method="post" action=revoke_path(r.id)>
                            <button class="button button--secondary button--small" type="submit">
                                {tr("api.revoke")}<span class="visually-hidden">" "{r.name.clone()}</span>
                            </button>
                        </form>
                    </div>
                }
                .into_any(),
            };
            let expiry = if r.expired {
                view! { <strong>{tr_args("api.expired_on", &[("at", &r.expires_at)])}</strong> }.into_any()
            } else {
                view! { <span>{r.expires_at.clone()}</span> }.into_any()
            };
            view! {
                <tr>
                    <th scope="row">{r.name.clone()}</th>
                    <td>{r.created_at.clone()}</td>
                    <td>{r.last_used_at.clone().unwrap_or_else(|| tr("api.never").to_string())}</td>
                    <td>{expiry}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view()
        .into_any();
    let table = (!rows.is_empty()).then(|| {
        data_table(
            "tokens-caption",
            tr("api.tokens_caption"),
            &[
                tr("api.name"),
                tr("api.created"),
                tr("api.last_used"),
                tr("api.expires"),
                tr("api.state"),
            ],
            body,
        )
    });
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        <h1>{tr("api.title")}</h1>
        {crate::pages::parts::forms::problem(error, Some("token-name"))}
        <p class="lead">{tr("api.lead")}</p>
        <p><a href="/api/openapi.json">{tr("api.openapi")}</a></p>
        {notice.map(|n| view! { <div class="notice notice--success" role="status"><p>{n}</p></div> })}
        {created}
        {table}
        <h2>{tr("api.create_title")}</h2>
        <form method="post" action=API_TOKENS class="form">
            <div class="field">
                <label class="label" for="token-name">{tr("api.name")}</label>
                <p class="hint" id="token-name-hint">{tr("api.name_hint")}</p>
                <input class="input" type="text" id="token-name" name="name" maxlength="100" required=true aria-describedby="token-name-hint"/>
            </div>
            <div class="field">
                <label class="label" for="token-days">{tr("api.days")}</label>
                <select class="select" id="token-days" name="days">{days}</select>
            </div>
            <button class="button" type="submit">{tr("api.create")}</button>
        </form>
    }
    .into_any()
}
