//! UN DESA's administration pages, under `/admin` (staff only: the access
//! layer checks it before any of these runs): `GET/POST /admin/invite`
//! (administrators and reviewers invite people; reviewers only country
//! roles, for their assigned Member States), `GET /admin/outbox`,
//! `GET /admin/users` and `POST /admin/users/{id}/disable|enable`
//! (administrators), and `GET /admin/audit[.csv]` (UN DESA's own trail).

use super::extract::{Administrator, Form, Query, Staff};
use crate::accounts::{links, users, Role, User};
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::admin::{invite_page, outbox_page, users_page, OutboxRow, UserRow};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use sea_orm::EntityTrait;
use serde::Deserialize;

/// The roles an inviter may give.
fn roles_for(inviter: &User) -> Vec<(&'static str, &'static str)> {
    let mut roles = vec![
        ("respondent", tr("admin.role_respondent")),
        ("focal_point", tr("admin.role_focal_point")),
    ];
    if inviter.role == Role::Admin {
        roles.push(("reviewer", tr("admin.role_reviewer")));
        roles.push(("admin", tr("admin.role_admin")));
    }
    roles
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

async fn page(
    app: &AppState,
    status: StatusCode,
    inviter: &User,
    error: Option<String>,
    done: Option<String>,
) -> AppResult {
    let roles = roles_for(inviter);
    let states = countries_for(app, inviter).await?;
    Ok(render_html(
        status,
        tr("admin.invite_title"),
        false,
        move || invite_page(&roles, &states, error, done),
    ))
}

/// `GET /admin/invite`.
pub async fn invite_form(State(app): State<AppState>, Staff(inviter): Staff) -> AppResult {
    page(&app, StatusCode::OK, &inviter, None, None).await
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
            return page(&app, StatusCode::FORBIDDEN, &inviter, Some(message), None).await;
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
                Some(e.to_string()),
                None,
            )
            .await
        }
    };
    let token = links::create(&app.db, user.id, "invitation", &inviter.email).await?;
    let link = format!("{}{}", app.config.base_url(), links::path(&token));
    let country_text = user
        .member_state
        .as_deref()
        .and_then(app::member_states::by_iso3)
        .map(|m| format!(" ({})", m.name))
        .unwrap_or_default();
    let name = if user.name.is_empty() {
        user.email.clone()
    } else {
        user.name.clone()
    };
    let body = tr_args(
        "account.invitation_body",
        &[
            ("name", &name),
            ("by", &inviter.email),
            ("role", &role.as_str()),
            ("country", &country_text),
            ("link", &link),
        ],
    );
    app.mailer
        .send(
            &app.db,
            &user.email,
            tr("account.invitation_subject"),
            &body,
        )
        .await?;
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
    page(&app, StatusCode::OK, &inviter, None, Some(user.email)).await
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

fn users_view(status: StatusCode, rows: Vec<UserRow>, error: Option<String>) -> Response {
    render_html(status, tr("admin.users_title"), false, move || {
        users_page(&rows, error)
    })
}

async fn user_rows(app: &AppState) -> Result<Vec<UserRow>, AppError> {
    let mut rows = Vec::new();
    for u in users::all(&app.db).await? {
        rows.push(UserRow {
            two_factor: crate::accounts::two_factor::is_enabled(&app.db, u.id).await?,
            id: u.id,
            email: u.email,
            name: u.name,
            role: u.role,
            member_state: u.member_state.unwrap_or_default(),
            disabled: u.disabled,
        });
    }
    Ok(rows)
}

/// `GET /admin/users`: every account (administrators).
pub async fn users_list(State(app): State<AppState>, _: Administrator) -> AppResult {
    Ok(users_view(StatusCode::OK, user_rows(&app).await?, None))
}

/// `POST /admin/users/{id}/disable|enable` (administrators).
pub async fn set_status(
    State(app): State<AppState>,
    Path((id, action)): Path<(String, String)>,
    Administrator(admin): Administrator,
    address: ClientAddress,
) -> AppResult {
    let disable = match action.as_str() {
        "disable" => true,
        "enable" => false,
        _ => return Err(AppError::NotFound(tr("errors.not_found_body").to_string())),
    };
    let target = match id.parse::<i64>() {
        Ok(id) => {
            crate::db::entities::users::Entity::find_by_id(id)
                .one(&app.db)
                .await?
        }
        Err(_) => None,
    };
    let Some(target) = target else {
        return Err(AppError::NotFound(tr("errors.not_found_body").to_string()));
    };
    if disable && target.id == admin.id {
        let rows = user_rows(&app).await?;
        return Ok(users_view(
            StatusCode::UNPROCESSABLE_ENTITY,
            rows,
            Some(tr("admin.not_yourself").to_string()),
        ));
    }
    users::set_disabled(&app.db, target.id, disable).await?;
    audit::record(
        &app.db,
        Event {
            user_id: Some(admin.id),
            actor: admin.email.clone(),
            kind: if disable {
                kind::ACCOUNT_DISABLED
            } else {
                kind::ACCOUNT_ENABLED
            },
            member_state: target.member_state.clone(),
            detail: target.email.clone(),
            address: address.to_string(),
        },
    )
    .await?;
    Ok(Redirect::to("/admin/users").into_response())
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
