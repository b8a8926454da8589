//! UN DESA's administration pages, under `/admin` (staff only: the access
//! layer checks it before any of these runs): `GET/POST /admin/invite`
//! (administrators and reviewers invite people; reviewers only country
//! roles, for their assigned Member States; a refused form comes back as
//! typed), `GET /admin/outbox`, `GET /admin/users` and
//! `POST /admin/users/{id}/disable|enable|role|reset-two-factor`
//! (administrators; audited), and `GET /admin/audit[.csv]` (UN DESA's own
//! trail). The invitations sent: `routes/invitations.rs`.

use super::extract::{Administrator, Form, Query, Staff};
use crate::accounts::{users, Role, User};
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::admin::{invite_page, outbox_page, users_page, InviteTyped, OutboxRow, UserRow};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use sea_orm::EntityTrait;
use serde::Deserialize;

/// The roles an inviter may give.
fn roles_for(inviter: &User) -> Vec<(&'static str, &'static str)> {
    let mut roles = vec![Role::Respondent, Role::FocalPoint];
    if inviter.role == Role::Admin {
        roles.extend([Role::Reviewer, Role::Admin]);
    }
    roles.into_iter().map(|r| (r.as_str(), r.label())).collect()
}

/// The Member States an inviter may invite for: all for administrators,
/// the assigned ones for reviewers.
async fn countries_for(
    app: &AppState,
    inviter: &User,
) -> Result<Vec<app::member_states::MemberState>, AppError> {
    let all = app::member_states::all();
    if inviter.role == Role::Admin {
        return Ok(all.to_vec());
    }
    let assigned = crate::review::assignments::countries_of(&app.db, inviter.id).await?;
    Ok(all
        .iter()
        .filter(|s| assigned.contains(&s.iso3))
        .cloned()
        .collect())
}

/// The invitation page; a refused form comes back with what was typed.
async fn page(
    app: &AppState,
    status: StatusCode,
    inviter: &User,
    typed: Option<&InviteForm>,
    error: Option<String>,
    done: Option<String>,
) -> AppResult {
    let roles = roles_for(inviter);
    let states = countries_for(app, inviter).await?;
    let typed = typed.map_or_else(InviteTyped::default, |f| InviteTyped {
        email: f.email.clone(),
        name: f.name.clone(),
        role: f.role.clone(),
        country: f.country.clone(),
    });
    Ok(render_html(
        status,
        tr("admin.invite_title"),
        false,
        move || invite_page(&roles, &states, typed, error, done),
    ))
}

/// `GET /admin/invite`.
pub async fn invite_form(State(app): State<AppState>, Staff(inviter): Staff) -> AppResult {
    page(&app, StatusCode::OK, &inviter, None, None, None).await
}

#[derive(Deserialize, Default)]
pub struct InviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    country: String,
}

/// `POST /admin/invite`.
pub async fn invite(
    State(app): State<AppState>,
    Staff(inviter): Staff,
    address: ClientAddress,
    Form(form): Form<InviteForm>,
) -> AppResult {
    let role = Role::parse(&form.role)
        .filter(|r| roles_for(&inviter).iter().any(|(v, _)| *v == r.as_str()));
    let Some(role) = role else {
        return page(
            &app,
            StatusCode::UNPROCESSABLE_ENTITY,
            &inviter,
            Some(&form),
            Some(tr("admin.role").to_string()),
            None,
        )
        .await;
    };
    let country = Some(form.country.trim()).filter(|c| !c.is_empty() && role.has_country());
    // Reviewers invite only for the Member States assigned to them.
    if inviter.role != Role::Admin {
        let allowed = countries_for(&app, &inviter).await?;
        let wanted = country.map(str::to_ascii_uppercase);
        if wanted.is_some_and(|c| !allowed.iter().any(|s| s.iso3 == c)) {
            let assigned = allowed
                .iter()
                .map(|s| s.iso3.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let assigned = if assigned.is_empty() {
                tr("admin.none_assigned").to_string()
            } else {
                assigned
            };
            let message = tr_args("admin.not_assigned", &[("assigned", &assigned)]);
            return page(
                &app,
                StatusCode::FORBIDDEN,
                &inviter,
                Some(&form),
                Some(message),
                None,
            )
            .await;
        }
    }
    let user = match users::create(&app.db, &form.email, &form.name, role, country).await {
        Ok(u) => u,
        Err(users::UserError::Database(e)) => return Err(e.into()),
        Err(e) => {
            return page(
                &app,
                StatusCode::UNPROCESSABLE_ENTITY,
                &inviter,
                Some(&form),
                Some(e.to_string()),
                None,
            )
            .await
        }
    };
    crate::accounts::invitations::send(&app, &inviter, &user).await?;
    audit::record(
        &app.db,
        Event {
            user_id: Some(inviter.id),
            actor: inviter.email.clone(),
            kind: kind::INVITATION,
            member_state: user.member_state.clone(),
            detail: format!("{} {}", role.as_str(), user.email),
            address: address.to_string(),
        },
    )
    .await?;
    page(&app, StatusCode::OK, &inviter, None, None, Some(user.email)).await
}

/// `GET /admin/outbox`: the e-mails the system wrote (administrators).
pub async fn outbox(State(app): State<AppState>, _: Administrator) -> AppResult {
    let rows: Vec<OutboxRow> = crate::mail::latest(&app.db, 200)
        .await?
        .into_iter()
        .map(|m| OutboxRow {
            at: m.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
            to: m.recipient,
            subject: m.subject,
            body: m.body,
        })
        .collect();
    Ok(render_html(
        StatusCode::OK,
        tr("admin.outbox_title"),
        false,
        move || outbox_page(&rows),
    ))
}

fn users_view(
    status: StatusCode,
    rows: Vec<UserRow>,
    error: Option<String>,
    notice: Option<String>,
) -> Response {
    render_html(status, tr("admin.users_title"), false, move || {
        users_page(&rows, error, notice)
    })
}

/// The roles an account may change to: those of its own side.
fn same_side(role: Role) -> Vec<Role> {
    if role.has_country() {
        vec![Role::Respondent, Role::FocalPoint]
    } else {
        vec![Role::Reviewer, Role::Admin]
    }
}

async fn user_rows(app: &AppState, admin: &User) -> Result<Vec<UserRow>, AppError> {
    let mut rows = Vec::new();
    for u in users::all(&app.db).await? {
        let role = Role::parse(&u.role);
        rows.push(UserRow {
            two_factor: crate::accounts::two_factor::is_enabled(&app.db, u.id).await?,
            id: u.id,
            email: u.email,
            name: u.name,
            role: role.map_or(u.role.clone(), |r| r.label().to_string()),
            roles: role
                .map(|current| {
                    same_side(current)
                        .into_iter()
                        .map(|r| (r.as_str(), r.label(), r == current))
                        .collect()
                })
                .unwrap_or_default(),
            member_state: u.member_state.unwrap_or_default(),
            disabled: u.disabled,
            is_viewer: u.id == admin.id,
        });
    }
    Ok(rows)
}

#[derive(Deserialize, Default)]
pub struct UsersNotice {
    #[serde(default)]
    done: Option<String>,
    #[serde(default)]
    who: Option<String>,
}

/// `GET /admin/users`: every account (administrators).
pub async fn users_list(
    State(app): State<AppState>,
    Administrator(admin): Administrator,
    Query(q): Query<UsersNotice>,
) -> AppResult {
    let rows = user_rows(&app, &admin).await?;
    // The notice names only an account of the list.
    let who = q.who.filter(|w| rows.iter().any(|r| &r.email == w));
    let notice = who.and_then(|email| {
        let row = rows.iter().find(|r| r.email == email)?;
        Some(match q.done.as_deref() {
            Some("role") => tr_args(
                "admin.role_changed",
                &[("email", &email), ("role", &row.role)],
            ),
            Some("two-factor") => tr_args("admin.two_factor_reset_done", &[("email", &email)]),
            _ => return None,
        })
    });
    Ok(users_view(StatusCode::OK, rows, None, notice))
}

/// The accounts page again, saying why an action was refused.
async fn refuse(app: &AppState, admin: &User, message: String) -> AppResult {
    let rows = user_rows(app, admin).await?;
    Ok(users_view(
        StatusCode::UNPROCESSABLE_ENTITY,
        rows,
        Some(message),
        None,
    ))
}

#[derive(Deserialize, Default)]
pub struct UserActionForm {
    #[serde(default)]
    role: String,
}

/// `POST /admin/users/{id}/disable|enable|role|reset-two-factor`
/// (administrators; audited).
pub async fn user_action(
    State(app): State<AppState>,
    Path((id, action)): Path<(String, String)>,
    Administrator(admin): Administrator,
    address: ClientAddress,
    Form(form): Form<UserActionForm>,
) -> AppResult {
    let not_found = || AppError::NotFound(tr("errors.not_found_body").to_string());
    if !matches!(
        action.as_str(),
        "disable" | "enable" | "role" | "reset-two-factor"
    ) {
        return Err(not_found());
    }
    let target = match id.parse::<i64>() {
        Ok(id) => {
            crate::db::entities::users::Entity::find_by_id(id)
                .one(&app.db)
                .await?
        }
        Err(_) => None,
    };
    let Some(target) = target else {
        return Err(not_found());
    };

    let event = |kind: &'static str, detail: String| Event {
        user_id: Some(admin.id),
        actor: admin.email.clone(),
        kind,
        member_state: target.member_state.clone(),
        detail,
        address: address.to_string(),
    };
    let who = form_urlencoded::byte_serialize(target.email.as_bytes()).collect::<String>();
    match action.as_str() {
        "role" => {
            let current = Role::parse(&target.role);
            let Some(wanted) = Role::parse(form.role.trim()) else {
                {
                    let message = tr("admin.role").to_string();
                    return refuse(&app, &admin, message).await;
                }
            };
            if target.id == admin.id {
                {
                    let message = tr("admin.role_yourself").to_string();
                    return refuse(&app, &admin, message).await;
                }
            }
            if current == Some(wanted) {
                {
                    let message = tr_args("admin.role_same", &[("email", &target.email)]);
                    return refuse(&app, &admin, message).await;
                }
            }
            if !current.is_some_and(|c| same_side(c).contains(&wanted)) {
                {
                    let message = tr("admin.role_other_side").to_string();
                    return refuse(&app, &admin, message).await;
                }
            }
            users::set_role(&app.db, target.id, wanted).await?;
            audit::record(
                &app.db,
                event(
                    kind::ROLE_CHANGED,
                    format!("{} {} → {}", target.email, target.role, wanted.as_str()),
                ),
            )
            .await?;
            Ok(
                Redirect::to(&format!("{}?done=role&who={who}", app::paths::ACCOUNTS))
                    .into_response(),
            )
        }
        "reset-two-factor" => {
            if !crate::accounts::two_factor::is_enabled(&app.db, target.id).await? {
                {
                    let message = tr_args("admin.no_second_factor", &[("email", &target.email)]);
                    return refuse(&app, &admin, message).await;
                }
            }
            crate::accounts::two_factor::reset(&app.db, target.id).await?;
            crate::accounts::sessions::end_all(&app.db, target.id).await?;
            audit::record(&app.db, event(kind::TWO_FACTOR_RESET, target.email.clone())).await?;
            Ok(Redirect::to(&format!(
                "{}?done=two-factor&who={who}",
                app::paths::ACCOUNTS
            ))
            .into_response())
        }
        _ => {
            let disable = action == "disable";
            if disable && target.id == admin.id {
                {
                    let message = tr("admin.not_yourself").to_string();
                    return refuse(&app, &admin, message).await;
                }
            }
            users::set_disabled(&app.db, target.id, disable).await?;
            let kind = if disable {
                kind::ACCOUNT_DISABLED
            } else {
                kind::ACCOUNT_ENABLED
            };
            audit::record(&app.db, event(kind, target.email.clone())).await?;
            Ok(Redirect::to(app::paths::ACCOUNTS).into_response())
        }
    }
}

/// `GET /admin/audit`: the trail of UN DESA's own accounts
/// (administrators and reviewers), a page at a time.
pub async fn staff_audit(
    State(app): State<AppState>,
    _: Staff,
    Query(q): Query<super::audit::PageQuery>,
) -> AppResult {
    let (number, window) = q.window()?;
    let trail = crate::audit::staff_trail(&app.db, Some(window)).await?;
    let shown: Vec<_> = trail.rows.iter().map(super::audit::row).collect();
    let pager = super::audit::pager(number, trail.total);
    Ok(render_html(
        StatusCode::OK,
        tr("audit.staff_title"),
        false,
        move || app::pages::audit::staff_audit_page(&shown, trail.total as usize, pager),
    ))
}

/// `GET /admin/audit.csv`: all of it.
pub async fn staff_audit_csv(State(app): State<AppState>, _: Staff) -> AppResult {
    let trail = crate::audit::staff_trail(&app.db, None).await?;
    let body =
        crate::audit::trail_csv("", &trail.rows).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"msq-un-desa-audit.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}
