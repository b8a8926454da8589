//! `/admin/invitations`: the invitations a staff member sent (every
//! invitation for administrators), where each stands, and a button to send
//! one again while the person has not accepted it.

use crate::i18n::{tr, tr_args};
use leptos::prelude::*;

/// One person's latest invitation, as the page shows it.
#[derive(Clone, Debug)]
pub struct InvitationRow {
    pub user_id: i64,
    pub email: String,
    pub name: String,
    /// The role, as people read it.
    pub role: String,
    /// The Member State's name, if any.
    pub country: String,
    pub sent_by: String,
    pub sent_at: String,
    /// "Waiting (until …)", "Expired", "Accepted".
    pub standing: String,
    pub can_resend: bool,
}

pub fn invitations_page(rows: &[InvitationRow], notice: Option<String>) -> AnyView {
    let notice = notice
        .map(|n| view! { <div class="notice notice--success" role="status"><p>{n}</p></div> });
    let body = rows
        .iter()
        .map(|r| {
            let action = r.can_resend.then(|| {
                view! {
                    <form method="post" action=crate::paths::resend_invitation(r.user_id)>
                        <button type="submit" class="button button--secondary button--small">
                            {tr("invitations.resend")}<span class="visually-hidden">" "{tr_args("invitations.to", &[("email", &r.email)])}</span>
                        </button>
                    </form>
                }
            });
            view! {
                <tr>
                    <td>{r.email.clone()}</td>
                    <td>{r.name.clone()}</td>
                    <td>{r.role.clone()}</td>
                    <td>{r.country.clone()}</td>
                    <td>{r.sent_at.clone()}<br/><span class="muted">{r.sent_by.clone()}</span></td>
                    <td>{r.standing.clone()}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect_view();
    let table = if rows.is_empty() {
        view! { <p>{tr("invitations.none")}</p> }.into_any()
    } else {
        crate::pages::parts::table::data_table(
            "invitations-caption",
            tr("invitations.caption"),
            &[
                tr("account.email"),
                tr("admin.name"),
                tr("admin.role"),
                tr("admin.country"),
                tr("invitations.sent"),
                tr("invitations.standing"),
                tr("admin.action"),
            ],
            body.into_any(),
        )
    };
    view! {
        {crate::pages::parts::forms::sign_out_form()}
        <h1>{tr("invitations.title")}</h1>
        {notice}
        <p class="lead">{tr("invitations.lead")}</p>
        {table}
        <p><a href=crate::paths::INVITE>{tr("staff_nav.invite")}</a></p>
    }
    .into_any()
}
