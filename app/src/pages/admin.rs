//! UN DESA's account pages: inviting a person, and the outbox of e-mails
//! the system wrote.

use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use leptos::prelude::*;

/// What was typed in the invitation form (shown again when it is refused).
#[derive(Clone, Debug, Default)]
pub struct InviteTyped {
    pub email: String,
    pub name: String,
    pub role: String,
    pub country: String,
}

/// (value, label) of the roles the inviter may give.
pub fn invite_page(
    roles: &[(&'static str, &'static str)],
    states: &[MemberState],
    typed: InviteTyped,
    error: Option<String>,
    done: Option<String>,
) -> AnyView {
    let done = done.map(|to| view! { <div class="panel" role="status"><h2 class="panel__title">{tr("admin.invited_title")}</h2><p>{tr_args("admin.invited_body", &[("email", &to)])}</p></div> });
    let error = crate::pages::parts::forms::problem(error, None);
    let role_options = roles
        .iter()
        .map(|(value, label)| view! { <option value=*value selected=typed.role == *value>{*label}</option> })
        .collect_view();
    let state_options = states
        .iter()
        .map(|s| view! { <option value=s.iso3.clone() selected=typed.country.eq_ignore_ascii_case(&s.iso3)>{s.name.clone()}</option> })
        .collect_view();
    view! {
        <h1>{tr("admin.invite_title")}</h1>
        {done}
        {error}
        <p class="lead">{tr("admin.invite_lead")}</p>
        <form method="post" action="/admin/invite" class="form">
            <div class="field">
                <label class="label" for="email">{tr("account.email")}</label>
                <input class="input" type="email" id="email" name="email" autocomplete="off" spellcheck="false" required=true value=typed.email.clone()/>
            </div>
            <div class="field">
                <label class="label" for="name">{tr("admin.name")}</label>
                <input class="input" type="text" id="name" name="name" autocomplete="off" value=typed.name.clone()/>
            </div>
            <div class="field">
                <label class="label" for="role">{tr("admin.role")}</label>
                <select class="select" id="role" name="role">{role_options}</select>
            </div>
            <div class="field">
                <label class="label" for="country">{tr("admin.country")}</label>
                <div class="hint" id="country-hint">{tr("admin.country_hint")}</div>
                <select class="select" id="country" name="country" aria-describedby="country-hint">
                    <option value="">{tr("admin.no_country")}</option>
                    {state_options}
                </select>
            </div>
            <button class="button" type="submit">{tr("admin.invite_button")}</button>
        </form>
    }
    .into_any()
}

/// One message of the outbox.
#[derive(Clone, Debug)]
pub struct OutboxRow {
    pub at: String,
    pub to: String,
    pub subject: String,
    pub body: String,
}

pub fn outbox_page(rows: &[OutboxRow]) -> AnyView {
    let items = rows
        .iter()
        .map(|r| {
            view! {
                <article class="mail">
                    <h2 class="mail__subject">{r.subject.clone()}</h2>
                    <p class="muted">{tr_args("admin.mail_meta", &[("to", &r.to), ("at", &r.at)])}</p>
                    <pre class="mail__body">{r.body.clone()}</pre>
                </article>
            }
        })
        .collect_view();
    view! {
        <h1>{tr("admin.outbox_title")}</h1>
        <p class="lead">{tr("admin.outbox_lead")}</p>
        {items}
    }
    .into_any()
}

/// One account in the list.
#[derive(Clone, Debug)]
pub struct UserRow {
    pub id: i64,
    pub email: String,
    pub name: String,
    /// The role, as people read it.
    pub role: String,
    /// (value, label, current) of the roles it may change to: the other
    /// role of the same side (a country's two roles, UN DESA's two).
    pub roles: Vec<(&'static str, &'static str, bool)>,
    pub member_state: String,
    pub two_factor: bool,
    pub disabled: bool,
    /// The administrator looking at the list.
    pub is_viewer: bool,
}

/// The path of an action on an account.
pub fn user_action(id: i64, action: &str) -> String {
    format!("/admin/users/{id}/{action}")
}

pub fn users_page(rows: &[UserRow], error: Option<String>, notice: Option<String>) -> AnyView {
    let error = crate::pages::parts::forms::problem(error, None);
    let notice = notice
        .map(|n| view! { <div class="notice notice--success" role="status"><p>{n}</p></div> });
    let body = rows
        .iter()
        .map(|u| {
            let (action, label) = if u.disabled {
                (
                    user_action(u.id, "enable"),
                    tr_args("admin.enable", &[("email", &u.email)]),
                )
            } else {
                (
                    user_action(u.id, "disable"),
                    tr_args("admin.disable", &[("email", &u.email)]),
                )
            };
            let role_id = format!("role-{}", u.id);
            let options = u
                .roles
                .iter()
                .map(|(value, label, current)| view! { <option value=*value selected=*current>{*label}</option> })
                .collect_view();
            let change_role = (!u.is_viewer).then(|| view! {
                <form method="post" action=user_action(u.id, "role") class="inline-form">
                    <label class="visually-hidden" for=role_id.clone()>{tr_args("admin.role_of", &[("email", &u.email)])}</label>
                    <select class="select select--small" id=role_id name="role">{options}</select>
                    <button type="submit" class="button button--secondary button--small">{tr("admin.change_role")}<span class="visually-hidden">" "{tr_args("admin.of", &[("email", &u.email)])}</span></button>
                </form>
            });
            let reset = u.two_factor.then(|| view! {
                <form method="post" action=user_action(u.id, "reset-two-factor")>
                    <button type="submit" class="button button--secondary button--small">{tr("admin.reset_two_factor")}<span class="visually-hidden">" "{tr_args("admin.of", &[("email", &u.email)])}</span></button>
                </form>
            });
            let status = (!u.is_viewer).then(|| view! {
                <form method="post" action=action>
                    <button type="submit" class="button button--secondary button--small">{label}</button>
                </form>
            });
            view! {
                <tr>
                    <td>{u.email.clone()}</td>
                    <td>{u.name.clone()}</td>
                    <td>{u.role.clone()}{change_role}</td>
                    <td>{u.member_state.clone()}</td>
                    <td>{if u.two_factor { tr("field.yes") } else { tr("field.no") }}{reset}</td>
                    <td>{if u.disabled { tr("admin.disabled") } else { tr("admin.active") }}</td>
                    <td>{status}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="back"><a href="/">{tr("section.back_home")}</a></p>
        <h1>{tr("admin.users_title")}</h1>
        {error}
        {notice}
        <p class="lead">{tr("admin.users_lead")}</p>
        {crate::pages::parts::table::data_table(
            "users-caption",
            tr("admin.users_caption"),
            &[
                tr("account.email"),
                tr("admin.name"),
                tr("admin.role"),
                tr("admin.country"),
                tr("admin.two_factor"),
                tr("admin.status"),
                tr("admin.action"),
            ],
            body.into_any(),
        )}
    }
    .into_any()
}

/// One edition on the editions page.
pub struct EditionRow {
    pub id: String,
    pub title: String,
    /// As people read it: "Draft", "Open", "Closed".
    pub state: String,
    pub opens: String,
    pub closes: String,
    pub open: bool,
    /// A draft: offer its preview.
    pub draft: bool,
}

/// `/admin/editions`: every edition with its state, and the forms that open
/// (from a day, until a day) or close it.
pub fn editions_page(
    rows: &[EditionRow],
    error: Option<String>,
    notice: Option<String>,
) -> AnyView {
    let error = crate::pages::parts::forms::problem(error, Some("opens_on"));
    let notice = notice
        .map(|n| view! { <div class="notice notice--success" role="status"><p>{n}</p></div> });
    let body = rows
        .iter()
        .map(|e| {
            let action = format!("/admin/editions/{}", e.id);
            let from_id = format!("opens-{}", e.id);
            let until_id = format!("closes-{}", e.id);
            let change = if e.open {
                view! {
                    <form method="post" action=action>
                        <input type="hidden" name="_action" value="close"/>
                        <button type="submit" class="button button--warning">{tr_args("admin.edition_close", &[("edition", &e.id)])}</button>
                    </form>
                }
                .into_any()
            } else {
                view! {
                    <form method="post" action=action class="inline-form">
                        <input type="hidden" name="_action" value="open"/>
                        <label class="label label--small" for=from_id.clone()>{tr("admin.edition_from")}</label>
                        <input class="input input--date" type="date" id=from_id name="opens_on"/>
                        <label class="label label--small" for=until_id.clone()>{tr("admin.edition_until")}</label>
                        <input class="input input--date" type="date" id=until_id name="closes_on"/>
                        <button type="submit" class="button">{tr_args("admin.edition_open", &[("edition", &e.id)])}</button>
                    </form>
                }
                .into_any()
            };
            let country_id = format!("preview-{}", e.id);
            let preview = e.draft.then(|| view! {
                <form method="get" action="/start" class="inline-form">
                    <input type="hidden" name="edition" value=e.id.clone()/>
                    <label class="label label--small" for=country_id.clone()>{tr("admin.preview_country")}</label>
                    <input class="input input--short" type="text" id=country_id name="country" value="MAR" autocomplete="off"/>
                    <button type="submit" class="button button--secondary">{tr_args("admin.preview", &[("edition", &e.id)])}</button>
                </form>
            });
            view! {
                <tr>
                    <td>{e.id.clone()}</td>
                    <td>{e.title.clone()}</td>
                    <td>{e.state.clone()}</td>
                    <td>{e.opens.clone()}</td>
                    <td>{e.closes.clone()}</td>
                    <td>{change}{preview}<p><a href=format!("/admin/editions/{}/sample.pdf", e.id)>{tr("admin.sample_pdf")}</a></p></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="back"><a href="/">{tr("section.back_home")}</a></p>
        <h1>{tr("admin.editions_title")}</h1>
        {error}
        {notice}
        <p class="lead">{tr("admin.editions_lead")}</p>
        {crate::pages::parts::table::data_table(
            "editions-caption",
            tr("admin.editions_caption"),
            &[
                tr("admin.edition"),
                tr("admin.edition_title"),
                tr("admin.status"),
                tr("admin.edition_from"),
                tr("admin.edition_until"),
                tr("admin.action"),
            ],
            body.into_any(),
        )}
    }
    .into_any()
}
