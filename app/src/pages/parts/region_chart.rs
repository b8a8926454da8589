//! Progress by UN region: a stacked bar per region drawn on the server as
//! SVG (no script), its key as HTML (it wraps on a narrow screen and in
//! any language), and the same numbers as a table for screen readers and
//! anyone who prefers figures.

use crate::cycle::CycleState;
use crate::i18n::{tr, tr_args};
use crate::review::{DashboardRow, REGIONS};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Member States per region and state.
fn counts(rows: &[DashboardRow]) -> Counts {
    let mut out: Counts = REGIONS.iter().map(|r| (*r, BTreeMap::new())).collect();
    for row in rows {
        if let Some(region) = REGIONS.iter().find(|r| **r == row.region) {
            *out.get_mut(region).unwrap().entry(row.state).or_insert(0) += 1;
        }
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Member States per region and state.
type Counts = BTreeMap<&'static str, BTreeMap<CycleState, usize>>;

/// The chart as SVG markup (text escaped here; nothing else is inserted).
fn svg(counts: &Counts) -> String {
    let (label_w, bar_w, row_h, gap) = (90.0, 400.0, 22.0, 10.0);
    let height = REGIONS.len() as f64 * (row_h + gap);
    let mut out = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {w} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"chart-title\">{title}</title>",
        w = label_w + bar_w + 60.0,
        title = escape(tr("review.chart_title")),
    );
    for (i, region) in REGIONS.iter().enumerate() {
        let y = i as f64 * (row_h + gap);
        let by_state = &counts[region];
        let total: usize = by_state.values().sum();
        out.push_str(&format!(
            "<text x=\"0\" y=\"{ty}\" class=\"chart__label\">{name}</text>",
            ty = y + row_h * 0.7,
            name = escape(region)
        ));
        let mut x = label_w;
        for state in CycleState::ALL {
            let n = by_state.get(&state).copied().unwrap_or(0);
            if n == 0 || total == 0 {
                continue;
            }
            let w = bar_w * n as f64 / total as f64;
            out.push_str(&format!(
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{row_h}\" class=\"chart__bar chart__bar--{cls}\"><title>{tip}</title></rect>",
                cls = state.as_str(),
                tip = escape(&format!("{region}: {} {n}", state.label())),
            ));
            x += w;
        }
        out.push_str(&format!(
            "<text x=\"{tx}\" y=\"{ty}\" class=\"chart__label\">{total}</text>",
            tx = label_w + bar_w + 6.0,
            ty = y + row_h * 0.7,
        ));
    }
    out.push_str("</svg>");
    out
}

/// The chart and its table.
pub fn region_progress(rows: &[DashboardRow]) -> AnyView {
    let counts = counts(rows);
    let heads = CycleState::ALL
        .iter()
        .map(|s| view! { <th scope="col">{s.label()}</th> })
        .collect_view();
    let legend = CycleState::ALL
        .iter()
        .map(|s| view! { <li><span class=format!("legend__swatch legend__swatch--{}", s.as_str())></span>{s.label()}</li> })
        .collect_view();
    let body = REGIONS
        .iter()
        .map(|region| {
            let by_state = &counts[region];
            let total: usize = by_state.values().sum();
            let cells = CycleState::ALL
                .iter()
                .map(|s| view! { <td class="numeric">{by_state.get(s).copied().unwrap_or(0)}</td> })
                .collect_view();
            view! { <tr><th scope="row">{region.to_string()}</th>{cells}<td class="numeric">{total}</td></tr> }
        })
        .collect_view();
    view! {
        <section class="region-progress" aria-labelledby="regions-title">
            <h2 id="regions-title">{tr("review.regions_title")}</h2>
            <div class="region-progress__chart">
                <div inner_html=svg(&counts)></div>
                <ul class="legend" aria-label=tr("review.chart_key")>{legend}</ul>
            </div>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="regions-table">
                <table class="audit">
                    <caption id="regions-table">{tr_args("review.regions_table", &[("n", &rows.len())])}</caption>
                    <thead><tr><th scope="col">{tr("review.region")}</th>{heads}<th scope="col">{tr("review.total")}</th></tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
