//! UN DESA's personal API tokens: the list (name, created, last used,
//! revoked), a form to create one (shown once), and revoke buttons.

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
}

pub fn revoke_path(id: i64) -> String {
    format!("{API_TOKENS}/{id}/revoke")
}

/// `created`: (name, token) just created, shown this once. `error`: why the
/// form was refused.
pub fn api_tokens_page(
    rows: &[TokenRow],
    created: Option<(String, String)>,
    error: Option<String>,
    notice: Option<String>,
) -> AnyView {
    let created = created.map(|(name, token)| {
        view! {
            <div class="panel" role="status">
                <h2 class="panel__title">{tr_args("api.created_title", &[("name", &name)])}</h2>
                <p>{tr("api.created_body")}</p>
                <p><code class="token" id="new-token">{token}</code></p>
            </div>
        }
    });
    let body = rows
        .iter()
        .map(|r| {
            let action = match &r.revoked_at {
                Some(at) => view! { <span>{tr_args("api.revoked_at", &[("at", at)])}</span> }.into_any(),
                None => view! {
                    <form method="post" action=revoke_path(r.id)>
                        <button class="button button--secondary" type="submit">
                            {tr("api.revoke")}<span class="visually-hidden">" "{r.name.clone()}</span>
                        </button>
                    </form>
                }
                .into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{r.name.clone()}</th>
                    <td>{r.created_at.clone()}</td>
                    <td>{r.last_used_at.clone().unwrap_or_else(|| tr("api.never").to_string())}</td>
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
            <button class="button" type="submit">{tr("api.create")}</button>
        </form>
    }
    .into_any()
}
