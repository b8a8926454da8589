//! Who is making a request: the signed-in user of the session cookie, or
//! nobody. Handlers take a `Viewer` and ask it for the access they need;
//! its `actor()` is recorded with every saved answer and submission (the
//! e-mail, or `ANONYMOUS`).

use super::access::{allows, Access};
use super::{sessions, User};
use crate::error::AppError;
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

/// The actor recorded for what a request without a session does.
pub const ANONYMOUS: &str = "anonymous";

#[derive(Clone, Debug)]
pub struct Viewer(pub Option<User>);

impl Viewer {
    pub fn user(&self) -> Option<&User> {
        self.0.as_ref()
    }

    /// The name recorded as the actor of what this request does.
    pub fn actor(&self) -> String {
        self.0
            .as_ref()
            .map_or_else(|| ANONYMOUS.to_string(), |u| u.email.clone())
    }

    /// Whether the viewer may `access` the response of `iso3`.
    pub fn may(&self, iso3: &str, access: Access) -> bool {
        self.0.as_ref().is_some_and(|u| allows(u, iso3, access))
    }

    /// The user, if someone is signed in and has the second factor their
    /// role needs.
    pub fn signed_in(&self) -> Result<&User, AppError> {
        match &self.0 {
            None => Err(AppError::SignInRequired),
            Some(u) if u.role.requires_two_factor() && !u.two_factor => {
                Err(AppError::TwoFactorRequired)
            }
            Some(u) => Ok(u),
        }
    }

    /// The user, if they are UN DESA staff (reviewers and administrators).
    pub fn staff(&self) -> Result<&User, AppError> {
        self.signed_in_as(super::access::is_staff)
    }

    /// The user, if they are an administrator.
    pub fn administrator(&self) -> Result<&User, AppError> {
        self.signed_in_as(super::access::manages_cycle)
    }

    fn signed_in_as(&self, allowed: fn(&User) -> bool) -> Result<&User, AppError> {
        let user = self.signed_in()?;
        if allowed(user) {
            Ok(user)
        } else {
            Err(AppError::Forbidden)
        }
    }

    /// The user, if they may `access` the response of `iso3`.
    pub fn require(&self, iso3: &str, access: Access) -> Result<&User, AppError> {
        let user = self.signed_in()?;
        if allows(user, iso3, access) {
            Ok(user)
        } else {
            Err(AppError::Forbidden)
        }
    }
}

impl Viewer {
    /// The viewer of a request's session cookie.
    pub async fn of(state: &AppState, headers: &axum::http::HeaderMap) -> Result<Viewer, AppError> {
        let Some(token) = sessions::token_from(headers) else {
            return Ok(Viewer(None));
        };
        let user = sessions::user(&state.db, &token).await?;
        if let Some(user) = &user {
            crate::routes::staff_nav::remember(state, user).await;
        }
        Ok(Viewer(user))
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // The access check already looked the session up.
        if let Some(v) = parts.extensions.get::<Viewer>() {
            return Ok(v.clone());
        }
        Viewer::of(state, &parts.headers).await
    }
}
