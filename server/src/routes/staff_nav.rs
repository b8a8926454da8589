//! UN DESA's navigation on every page a staff member opens, without every
//! handler passing the user to the renderer: a middleware opens a slot for
//! the request (a task-local), the one place that turns a session into a
//! user (`Viewer::of`) fills it for staff, and the renderer reads it.
//! Pages kept for everyone (`crate::page_cache`) never carry it.

use crate::accounts::{access, User};
use crate::state::AppState;
use app::pages::parts::staff_nav::StaffNav;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use std::sync::{Arc, OnceLock};

tokio::task_local! {
    static SLOT: Slot;
}

#[derive(Clone)]
struct Slot {
    path: Arc<str>,
    nav: Arc<OnceLock<StaffNav>>,
}

/// Opens the request's slot (around the access check, the handler and the
/// error pages).
pub async fn scope(req: Request, next: Next) -> Response {
    let slot = Slot {
        path: Arc::from(req.uri().path()),
        nav: Arc::new(OnceLock::new()),
    };
    SLOT.scope(slot, next.run(req)).await
}

/// Notes who is looking, if they are UN DESA staff.
pub async fn remember(app: &AppState, user: &User) {
    if !access::is_staff(user) || (user.role.requires_two_factor() && !user.two_factor) {
        return;
    }
    let Ok(Some(path)) = SLOT.try_with(|s| (s.nav.get().is_none()).then(|| s.path.clone())) else {
        return;
    };
    let Ok(edition) = app.current_edition().await else {
        return;
    };
    let nav = StaffNav {
        admin: access::manages_cycle(user),
        edition: edition.id.clone(),
        path: path.to_string(),
    };
    let _ = SLOT.try_with(|s| s.nav.set(nav));
}

/// The navigation of this request's page, if a staff member is looking.
pub fn current() -> Option<StaffNav> {
    SLOT.try_with(|s| s.nav.get().cloned()).ok().flatten()
}
