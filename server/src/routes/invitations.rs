//! `GET /admin/invitations`: the invitations a staff member sent (all of
//! them for administrators); `POST /admin/invitations/{user}/resend` sends
//! one again with a new link (the person who sent it, or an
//! administrator; audited).

use super::extract::{Query, Staff};
use crate::accounts::invitations::{self, Standing};
use crate::accounts::{access, Role};
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::db::entities::users;
use crate::error::{AppError, AppResult};
use crate::routes::render::render_html;
use crate::state::AppState;
use app::i18n::{tr, tr_args};
use app::pages::invitations::{invitations_page, InvitationRow};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use sea_orm::EntityTrait;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct Notice {
    #[serde(default)]
    resent: Option<String>,
}

/// `GET /admin/invitations`.
pub async fn list(
    State(app): State<AppState>,
    Staff(viewer): Staff,
    Query(q): Query<Notice>,
) -> AppResult {
    let rows: Vec<InvitationRow> = invitations::visible_to(&app.db, &viewer)
        .await?
        .into_iter()
        .map(|i| InvitationRow {
            can_resend: i.can_resend(),
            user_id: i.user_id,
            name: i.name,
            role: Role::parse(&i.role).map_or(i.role.clone(), |r| r.label().to_string()),
            country: i
                .member_state
                .as_deref()
                .and_then(app::member_states::by_iso3)
                .map(|m| m.name.clone())
                .unwrap_or_default(),
            sent_by: i.sent_by,
            sent_at: i.sent_at.format("%Y-%m-%d %H:%M").to_string(),
            standing: match i.standing {
                Standing::Waiting => tr_args(
                    "invitations.waiting",
                    &[("until", &i.expires_at.format("%Y-%m-%d %H:%M UTC"))],
                ),
                Standing::Expired => tr("invitations.expired").to_string(),
                Standing::Accepted => tr("invitations.accepted").to_string(),
            },
            email: i.email,
        })
        .collect();
    // The notice names only an address this viewer's list holds.
    let notice = q
        .resent
        .filter(|e| rows.iter().any(|r| &r.email == e))
        .map(|e| tr_args("invitations.resent", &[("email", &e)]));
    Ok(render_html(
        StatusCode::OK,
        tr("invitations.title"),
        false,
        move || invitations_page(&rows, notice),
    ))
}

/// `POST /admin/invitations/{user}/resend`.
pub async fn resend(
    State(app): State<AppState>,
    Staff(viewer): Staff,
    address: ClientAddress,
    Path(user_id): Path<String>,
) -> AppResult {
    let not_found = || AppError::NotFound(tr("errors.not_found_body").to_string());
    let user_id: i64 = user_id.parse().map_err(|_| not_found())?;
    let visible = invitations::visible_to(&app.db, &viewer).await?;
    let Some(invitation) = visible.iter().find(|i| i.user_id == user_id) else {
        // Someone else's invitation, or nobody's: say which.
        let exists = users::Entity::find_by_id(user_id)
            .one(&app.db)
            .await?
            .is_some();
        return Err(if exists && !access::manages_cycle(&viewer) {
            AppError::ForbiddenBecause(tr("invitations.not_yours").to_string())
        } else {
            not_found()
        });
    };
    if !invitation.can_resend() {
        return Err(AppError::Conflict(tr_args(
            "invitations.already_accepted",
            &[("email", &invitation.email)],
        )));
    }
    let Some(user) = users::Entity::find_by_id(user_id).one(&app.db).await? else {
        return Err(not_found());
    };
    invitations::send(&app, &viewer, &user).await?;
    audit::record(
        &app.db,
        Event {
            user_id: Some(viewer.id),
            actor: viewer.email.clone(),
            kind: kind::INVITATION_RESENT,
            member_state: user.member_state.clone(),
            detail: format!("{} {}", user.role, user.email),
            address: address.to_string(),
        },
    )
    .await?;
    let to = form_urlencoded::byte_serialize(user.email.as_bytes()).collect::<String>();
    Ok(Redirect::to(&format!("{}?resent={to}", app::paths::INVITATIONS)).into_response())
}
