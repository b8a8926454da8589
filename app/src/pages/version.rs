//! A submitted version: who submitted it and when, its SHA-256, and its
//! answers, read-only.

use crate::i18n::{tr, tr_args};
use crate::member_states::MemberState;
use crate::pages::parts::answer_sheet::{answer_sheet, AnswerSheet};
use crate::pages::parts::undescribed::undescribed_list;
use crate::pages::parts::version_info::VersionInfo;
use crate::paths;
use crate::questionnaire::carry::CarryMarks;
use crate::questionnaire::{Answers, Edition};
use leptos::prelude::*;

pub fn version_page(
    edition: &Edition,
    state: &MemberState,
    info: &VersionInfo,
    (answers, undescribed, carried): (&Answers, &[(String, String)], &CarryMarks),
    just_submitted: bool,
    notice: Option<String>,
) -> AnyView {
    let panel = just_submitted.then(|| {
        view! {
            <div class="panel" role="status">
                <h2 class="panel__title">{tr("version.submitted_title")}</h2>
                <p>{tr_args("version.submitted_body", &[("version", &info.version), ("country", &state.name)])}</p>
            </div>
        }
    });
    let notice = notice.map(|n| view! { <div class="notice" role="status"><p>{n}</p></div> });
    view! {
        <p class="back"><a href=paths::home(&edition.id, &state.iso3)>{tr("section.back_home")}</a></p>
        {panel}
        {notice}
        <h1><span class="caption">{state.name.clone()}</span>{tr_args("version.title", &[("version", &info.version)])}</h1>
        <dl class="meta">
            <div><dt>{tr("version.edition")}</dt><dd>{edition.id.clone()}</dd></div>
            <div><dt>{tr("version.member_state")}</dt><dd>{format!("{} ({})", state.name, state.iso3)}</dd></div>
            <div><dt>{tr("version.version")}</dt><dd>{info.version}</dd></div>
            <div><dt>{tr("version.submitted_at")}</dt><dd>{info.submitted_at.clone()}</dd></div>
            <div><dt>{tr("version.submitted_by")}</dt><dd>{info.submitted_by.clone()}</dd></div>
            <div><dt>{tr("version.sha256")}</dt><dd><code class="hash">{info.sha256.clone()}</code></dd></div>
        </dl>
        <p><a href=paths::version_pdf(&edition.id, &state.iso3, info.version) download=format!("msq-{}-{}-v{}.pdf", edition.id, state.iso3, info.version)>{tr("pdf.download")}</a></p>
        <p><a href=paths::version_json(&edition.id, &state.iso3, info.version) download=format!("msq-{}-{}-v{}.json", edition.id, state.iso3, info.version)>{tr("version.download_json")}</a></p>
        {answer_sheet(&AnswerSheet { edition, iso3: &state.iso3, answers, issues: &[], editable: false, carried })}
        {undescribed_list(undescribed)}
    }
    .into_any()
}
