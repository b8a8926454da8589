//! What people do in the review cycle, each as one step: a submission, a
//! query raised, a reply (from UN DESA or from the country), a decision.
//! Each writes the response's change, its audit row and the e-mails to the
//! people concerned (kept in the outbox) in **one transaction**: all of it
//! happens, or none. After the commit the page cache forgets the response
//! (`PageCache::invalidate`, so nobody is served a page from before) and
//! the e-mails are delivered. The route handlers only read the request
//! and call one of these.

use super::decisions::{self, Decision};
use super::notify::{self, Audience, Notice};
use super::queries;
use crate::accounts::User;
use crate::audit::{self, kind, Event};
use crate::client_address::ClientAddress;
use crate::db::entities::queries as query_rows;
use crate::drafts::store;
use crate::error::AppError;
use crate::mail::Queued;
use crate::state::AppState;
use crate::submissions::{self, SubmitError, Submitted};
use app::i18n::{tr, tr_args};
use app::member_states::MemberState;
use app::paths::review as paths;
use app::questionnaire::Edition;
use sea_orm::DatabaseTransaction;

/// The response an action is on.
pub struct Case<'a> {
    pub edition: &'a Edition,
    pub state: &'a MemberState,
    pub response: &'a store::Response,
}

/// Who acts, and from which address.
pub struct Actor<'a> {
    pub user: &'a User,
    pub address: &'a ClientAddress,
}

impl Actor<'_> {
    /// The audit row of this actor's `kind` of action on `case`.
    fn event(&self, case: &Case<'_>, kind: &'static str, detail: String) -> Event {
        Event::of_account(
            self.user.id,
            &self.user.email,
            Some(&case.state.iso3),
            kind,
            detail,
            &self.address.to_string(),
        )
    }
}

/// Commits, then forgets the cached pages and delivers the e-mails (a
/// delivery problem is recorded in the outbox; the action stands).
async fn finish(
    app: &AppState,
    txn: DatabaseTransaction,
    mail: Vec<Queued>,
) -> Result<(), sea_orm::DbErr> {
    txn.commit().await?;
    app.pages.invalidate();
    if let Err(e) = app.mailer.deliver_queued(&app.db, mail).await {
        tracing::error!(error = %e, "recording the delivery of review e-mails");
    }
    Ok(())
}

/// The country submits its current answers: a new version (audited, the
/// reviewers told), or the latest one when nothing changed, or why not.
pub async fn submit(
    app: &AppState,
    case: &Case<'_>,
    by: &Actor<'_>,
) -> Result<Submitted, SubmitError> {
    let txn = crate::db::begin_write(&app.db).await?;
    let outcome = submissions::freeze(
        &txn,
        app.editions,
        case.edition,
        case.response,
        &by.user.email,
    )
    .await?;
    let Submitted::New(v) = &outcome else {
        return Ok(outcome);
    };
    let detail = format!(
        "edition {} version {} sha256 {}",
        v.edition, v.version, v.sha256
    );
    audit::record(&txn, by.event(case, kind::SUBMISSION, detail)).await?;
    let (edition, iso3) = (&case.edition.id, &case.state.iso3);
    let said = |key| {
        tr_args(
            key,
            &[("country", &case.state.name), ("version", &v.version)],
        )
    };
    let notice = Notice {
        audience: Audience::Reviewers,
        edition,
        iso3,
        except: Some(by.user.id),
        subject: said("review.mail_submitted_subject"),
        text: said("review.mail_submitted_body"),
        path: paths::submission(edition, iso3),
    };
    let mail = notify::queue(&txn, &app.config.base_url(), &notice).await?;
    finish(app, txn, mail).await?;
    Ok(outcome)
}

/// A query on answer `field_id` of version `version`; returns its id.
pub async fn raise_query(
    app: &AppState,
    case: &Case<'_>,
    by: &Actor<'_>,
    field_id: &str,
    version: i32,
    text: &str,
) -> Result<i64, AppError> {
    let txn = crate::db::begin_write(&app.db).await?;
    let id = queries::raise(&txn, case.response.id, version, field_id, by.user, text).await?;
    let detail = format!("query #{id} on {field_id} (version {version})");
    audit::record(&txn, by.event(case, kind::QUERY_RAISED, detail)).await?;
    let (edition, iso3) = (&case.edition.id, &case.state.iso3);
    let notice = Notice {
        audience: Audience::Country,
        edition,
        iso3,
        except: Some(by.user.id),
        subject: tr_args("review.mail_query_subject", &[("edition", edition)]),
        text: tr_args(
            "review.mail_query_body",
            &[("country", &case.state.name), ("text", &text.trim())],
        ),
        path: paths::country_query(edition, iso3, id),
    };
    let mail = notify::queue(&txn, &app.config.base_url(), &notice).await?;
    finish(app, txn, mail).await?;
    Ok(id)
}

/// Which side of a query thread writes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// UN DESA (the country hears of it).
    Review,
    /// The country's respondents (the reviewers hear of it).
    Country,
}

/// A reply in a query thread; with `resolve`, the query is resolved too
/// (the reply may then be empty).
pub async fn reply(
    app: &AppState,
    case: &Case<'_>,
    by: &Actor<'_>,
    side: Side,
    query: &query_rows::Model,
    text: &str,
    resolve: bool,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(&app.db).await?;
    queries::reply(&txn, query, by.user, text, resolve).await?;
    let about = format!("query #{} on {}", query.id, query.field_id);
    if !text.trim().is_empty() {
        audit::record(&txn, by.event(case, kind::QUERY_REPLY, about.clone())).await?;
    }
    if resolve {
        audit::record(&txn, by.event(case, kind::QUERY_RESOLVED, about)).await?;
    }
    let (edition, iso3) = (&case.edition.id, &case.state.iso3);
    let body = tr_args(
        "review.mail_reply_body",
        &[("who", &by.user.name), ("text", &text.trim())],
    );
    let notice = match side {
        Side::Review => Notice {
            audience: Audience::Country,
            edition,
            iso3,
            except: Some(by.user.id),
            subject: tr_args("review.mail_reply_subject", &[("edition", edition)]),
            text: body,
            path: paths::country_query(edition, iso3, query.id),
        },
        Side::Country => Notice {
            audience: Audience::Reviewers,
            edition,
            iso3,
            except: Some(by.user.id),
            subject: tr_args(
                "review.mail_country_reply_subject",
                &[("country", &case.state.name)],
            ),
            text: body,
            path: format!("{}#query-{}", paths::submission(edition, iso3), query.id),
        },
    };
    let mail = notify::queue(&txn, &app.config.base_url(), &notice).await?;
    Ok(finish(app, txn, mail).await?)
}

/// A decision on version `version` (the latest) of the response. An
/// acceptance with open queries is refused unless `resolve_open`: then
/// they are resolved with it, each audited (decision 0015).
pub async fn decide(
    app: &AppState,
    case: &Case<'_>,
    by: &Actor<'_>,
    decision: Decision,
    version: i32,
    text: &str,
    resolve_open: bool,
) -> Result<(), AppError> {
    let txn = crate::db::begin_write(&app.db).await?;
    decisions::decide(&txn, case.response, version, decision, &by.user.email, text).await?;
    if decision == Decision::Accepted {
        let open = queries::open_of(&txn, case.response).await?;
        if !open.is_empty() && !resolve_open {
            return Err(AppError::Conflict(tr_args(
                "review.accept_refused_open",
                &[("count", &open.len())],
            )));
        }
        for q in &open {
            queries::reply(&txn, q, by.user, tr("review.resolved_on_acceptance"), true).await?;
            let detail = format!("query {} on {}: resolved on acceptance", q.id, q.field_id);
            audit::record(&txn, by.event(case, kind::QUERY_RESOLVED, detail)).await?;
        }
    }
    let (edition, iso3) = (&case.edition.id, &case.state.iso3);
    let (audit_kind, audience, subject_key, body_key) = match decision {
        Decision::Returned => (
            kind::RETURNED,
            Audience::Country,
            "review.mail_returned_subject",
            "review.mail_returned_body",
        ),
        Decision::Accepted => (
            kind::ACCEPTED,
            Audience::Country,
            "review.mail_accepted_subject",
            "review.mail_accepted_body",
        ),
        Decision::Reopened => (
            kind::REOPENED,
            Audience::Reviewers,
            "review.mail_reopened_subject",
            "review.mail_reopened_body",
        ),
    };
    let detail = format!(
        "edition {edition} version {version}: {}",
        text.trim().chars().take(500).collect::<String>()
    );
    audit::record(&txn, by.event(case, audit_kind, detail)).await?;
    let path = match audience {
        Audience::Country => app::paths::home(edition, iso3),
        Audience::Reviewers => paths::submission(edition, iso3),
    };
    let notice = Notice {
        audience,
        edition,
        iso3,
        except: Some(by.user.id),
        subject: tr_args(
            subject_key,
            &[("edition", edition), ("country", &case.state.name)],
        ),
        text: tr_args(
            body_key,
            &[
                ("country", &case.state.name),
                ("version", &version),
                ("text", &text.trim()),
            ],
        ),
        path,
    };
    let mail = notify::queue(&txn, &app.config.base_url(), &notice).await?;
    Ok(finish(app, txn, mail).await?)
}
