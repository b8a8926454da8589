//! The public verification page: anyone uploads a PDF and learns whether
//! it is an authentic, unmodified submission, and which one.

use crate::i18n::{tr, tr_args};
use crate::paths;
use leptos::prelude::*;

/// What the check of an uploaded file found.
#[derive(Clone, Debug)]
pub enum Verdict {
    /// The signature is valid and the file is a kept submission PDF.
    Authentic(Authentic),
    /// Valid signature by this system, but not a file it kept (e.g. made
    /// with `msq pdf`).
    SignedNotArchived { signer: String },
    /// Valid signature by someone else.
    OtherSigner { signer: String },
    /// Not a signed PDF, or changed after signing: the reason, for people.
    Invalid(String),
}

#[derive(Clone, Debug)]
pub struct Authentic {
    pub member_state: String,
    pub iso3: String,
    pub edition: String,
    pub version: i32,
    pub submitted_at: String,
    pub submitted_by: String,
    /// SHA-256 of the answers.
    pub sha256: String,
    pub signer: String,
    pub time_stamped: bool,
}

/// The file that was checked: its name as sent, its size and its SHA-256.
#[derive(Clone, Debug)]
pub struct Checked {
    pub name: String,
    pub bytes: usize,
    pub sha256: String,
}

pub fn verify_page(checked: Option<&Checked>, verdict: Option<&Verdict>) -> AnyView {
    let checked = checked.map(|c| {
        let name = if c.name.is_empty() { tr("verify.unnamed").to_string() } else { c.name.clone() };
        view! {
            <p class="checked-file">
                {tr_args("verify.checked", &[("name", &name), ("bytes", &c.bytes)])}" "
                <span class="muted">{tr("verify.file_sha256")}" "<code class="hash">{c.sha256.clone()}</code></span>
            </p>
        }
    });
    let result = verdict.map(|v| match v {
        Verdict::Authentic(a) => view! {
            <div class="panel" role="status">
                <h2 class="panel__title">{tr("verify.authentic_title")}</h2>
                <p>{tr_args("verify.authentic_body", &[("country", &a.member_state), ("version", &a.version)])}</p>
            </div>
            <dl class="meta">
                <div><dt>{tr("version.member_state")}</dt><dd>{format!("{} ({})", a.member_state, a.iso3)}</dd></div>
                <div><dt>{tr("version.edition")}</dt><dd>{a.edition.clone()}</dd></div>
                <div><dt>{tr("version.version")}</dt><dd>{a.version}</dd></div>
                <div><dt>{tr("version.submitted_at")}</dt><dd>{a.submitted_at.clone()}</dd></div>
                <div><dt>{tr("version.submitted_by")}</dt><dd>{a.submitted_by.clone()}</dd></div>
                <div><dt>{tr("pdf.signed_by")}</dt><dd>{a.signer.clone()}</dd></div>
                <div><dt>{tr("verify.time_stamp")}</dt><dd>{if a.time_stamped { tr("field.yes") } else { tr("field.no") }}</dd></div>
                <div><dt>{tr("version.sha256")}</dt><dd><code class="hash">{a.sha256.clone()}</code></dd></div>
            </dl>
        }
        .into_any(),
        Verdict::SignedNotArchived { signer } => view! {
            <div class="notice" role="status">
                <h2>{tr("verify.not_archived_title")}</h2>
                <p>{tr_args("verify.not_archived_body", &[("signer", signer)])}</p>
            </div>
        }
        .into_any(),
        Verdict::OtherSigner { signer } => view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2 class="error-summary__title">{tr("verify.other_signer_title")}</h2>
                <p>{tr_args("verify.other_signer_body", &[("signer", signer)])}</p>
            </div>
        }
        .into_any(),
        Verdict::Invalid(reason) => view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2 class="error-summary__title">{tr("verify.invalid_title")}</h2>
                <p>{reason.clone()}</p>
            </div>
        }
        .into_any(),
    });
    view! {
        <h1>{tr("verify.title")}</h1>
        {checked}
        {result}
        <p class="lead">{tr("verify.lead")}</p>
        <form method="post" action=paths::VERIFY enctype="multipart/form-data" class="form">
            <div class="field">
                <label class="label" for="pdf">{tr("verify.label")}</label>
                <div class="hint" id="pdf-hint">{tr("verify.hint")}</div>
                <input class="file" type="file" id="pdf" name="pdf" accept="application/pdf,.pdf" aria-describedby="pdf-hint" required=true/>
            </div>
            <button class="button" type="submit">{tr("verify.button")}</button>
        </form>
    }
    .into_any()
}
