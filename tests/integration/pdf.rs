//! The signed submission PDF, checked with independent tools: poppler's
//! pdfsig (with the development CA trusted through an NSS database),
//! pyHanko, qpdf, pdftotext and pdfdetach; the public verification page;
//! `msq pdf`; B-T time stamps from a real local TSA.

use crate::support::{backends, msq_command, post_file, workspace_root, Backend, TestApp};
use crate::tsa::LocalTsa;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture() -> PathBuf {
    workspace_root().join("tests/fixtures/complete-response.json")
}

fn pyhanko() -> PathBuf {
    workspace_root().join("target/tools/venv/bin/pyhanko")
}

fn run(cmd: &mut Command) -> (bool, String) {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{cmd:?}: {e} (scripts/setup.sh --test installs it)"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// pdfsig's report, with `ca` trusted through a fresh NSS database.
fn pdfsig_trusting(pdf: &Path, ca: &Path) -> String {
    let nss = pdf.with_extension("nssdb");
    std::fs::create_dir_all(&nss).unwrap();
    let db = format!("sql:{}", nss.display());
    let (ok, text) = run(Command::new("certutil").args(["-N", "-d", &db, "--empty-password"]));
    assert!(ok, "{text}");
    let (ok, text) = run(Command::new("certutil")
        .args([
            "-A",
            "-d",
            &db,
            "-n",
            "MSQ development CA",
            "-t",
            "CT,C,C",
            "-i",
        ])
        .arg(ca));
    assert!(ok, "{text}");
    // pdfsig exits 0 even on a digest mismatch: callers read the text.
    run(Command::new("pdfsig").args(["-nssdir", &db]).arg(pdf)).1
}

/// pyHanko's validation with the given trust roots: (exit ok, report).
fn pyhanko_validate(pdf: &Path, trust: &[&Path]) -> (bool, String) {
    let mut cmd = Command::new(pyhanko());
    cmd.args([
        "sign",
        "validate",
        "--pretty-print",
        "--no-revocation-check",
        "--trust-replace",
    ]);
    for t in trust {
        cmd.arg("--trust").arg(t);
    }
    run(cmd.arg(pdf))
}

/// The DER of the CMS in the signature dictionary's /Contents.
fn signature_contents(pdf: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(pdf);
    let sig = text.find("/ETSI.CAdES.detached").unwrap();
    let at = sig + text[sig..].find("/Contents").unwrap();
    let open = at + text[at..].find('<').unwrap() + 1;
    let close = open + text[open..].find('>').unwrap();
    let mut hex = text[open..close].trim_end_matches('0').to_string();
    if hex.len() % 2 == 1 {
        hex.push('0');
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// pyHanko's pretty report of an intact, trusted signature over the whole
/// file.
fn assert_pyhanko_valid(report: &str) {
    for line in [
        "The signature is cryptographically sound.",
        "The signer's certificate is trusted.",
        "The signature covers the entire file.",
    ] {
        assert!(
            report.contains(line),
            "pyHanko did not say \"{line}\":\n{report}"
        );
    }
}

/// The same file with one byte changed inside the signed range (in the
/// binary comment of the header, so the file still parses).
pub(crate) fn tampered(pdf: &[u8]) -> Vec<u8> {
    let mut bad = pdf.to_vec();
    let at = bad.iter().position(|b| *b == b'\n').unwrap() + 2;
    bad[at] ^= 0x01;
    bad
}

pub(crate) fn development_ca(data_dir: &Path) -> PathBuf {
    data_dir
        .join("signing")
        .join(server::signing::credentials::DEV_CA_CERT)
}

/// Every independent verifier accepts the file, and rejects it once one
/// signed byte changes.
pub(crate) fn check_with_independent_verifiers(dir: &Path, pdf: &[u8], ca: &Path) {
    let good = dir.join("submission.pdf");
    std::fs::write(&good, pdf).unwrap();
    let report = pdfsig_trusting(&good, ca);
    assert!(report.contains("Signature is Valid."), "{report}");
    assert!(report.contains("Certificate is Trusted."), "{report}");
    assert!(
        report.contains("Signature Type: ETSI.CAdES.detached"),
        "{report}"
    );
    assert!(report.contains("Total document signed"), "{report}");
    let (ok, report) = pyhanko_validate(&good, &[ca]);
    assert!(ok, "{report}");
    assert_pyhanko_valid(&report);
    // pyHanko's plain summary line.
    let (ok, summary) = run(Command::new(pyhanko())
        .args([
            "sign",
            "validate",
            "--no-revocation-check",
            "--trust-replace",
            "--trust",
        ])
        .arg(ca)
        .arg(&good));
    assert!(
        ok && summary.contains(":INTACT:TRUSTED,UNTOUCHED"),
        "{summary}"
    );
    // The CMS as OpenSSL reads it: exactly the three signed attributes of
    // PAdES B-B (no signing-time).
    let der = dir.join("signature.der");
    std::fs::write(&der, signature_contents(pdf)).unwrap();
    let (ok, cms) = run(Command::new("openssl")
        .args(["cms", "-cmsout", "-print", "-inform", "DER", "-in"])
        .arg(&der));
    assert!(ok, "{cms}");
    let signed = cms
        .split("signedAttrs:")
        .nth(1)
        .unwrap()
        .split("unsignedAttrs:")
        .next()
        .unwrap();
    let attrs: Vec<&str> = signed
        .lines()
        .filter_map(|l| l.trim().strip_prefix("object: "))
        .collect();
    assert_eq!(
        attrs,
        [
            "contentType (1.2.840.113549.1.9.3)",
            "messageDigest (1.2.840.113549.1.9.4)",
            "id-smime-aa-signingCertificateV2 (1.2.840.113549.1.9.16.2.47)"
        ],
        "{cms}"
    );
    let (ok, report) = run(Command::new("qpdf").arg("--check").arg(&good));
    assert!(
        ok && report.contains("No syntax or stream encoding errors"),
        "{report}"
    );

    let bad = dir.join("tampered.pdf");
    std::fs::write(&bad, tampered(pdf)).unwrap();
    let report = pdfsig_trusting(&bad, ca);
    assert!(!report.contains("Signature is Valid."), "{report}");
    assert!(report.contains("Digest Mismatch"), "{report}");
    let (ok, report) = pyhanko_validate(&bad, &[ca]);
    assert!(!ok, "pyHanko accepted a tampered file: {report}");
}

#[tokio::test]
async fn a_submission_pdf_is_signed_kept_and_verified() {
    for backend in backends() {
        let app = TestApp::spawn(backend).await;
        let text = std::fs::read_to_string(fixture()).unwrap();
        server::response_file::import(&app.state.saver, app.state.editions, &text, "fixture")
            .await
            .unwrap();
        let r = app.post_form("/msq/2020/MAR/submit", &[], &[]).await;
        assert_eq!(r.status, 303, "{backend:?}");
        let page = app.get("/msq/2020/MAR/versions/1").await.body;
        assert!(
            page.contains("href=\"/msq/2020/MAR/versions/1.pdf\""),
            "{page}"
        );

        // A stable URL: the same file every time.
        let first = app.get("/msq/2020/MAR/versions/1.pdf").await;
        assert_eq!(first.status, 200, "{backend:?}: {}", first.body);
        assert_eq!(first.headers["content-type"], "application/pdf");
        assert!(first.bytes.starts_with(b"%PDF-"));
        let again = app.get("/msq/2020/MAR/versions/1.pdf").await;
        assert_eq!(
            first.bytes, again.bytes,
            "{backend:?}: the PDF changed between downloads"
        );
        assert_eq!(app.get("/msq/2020/MAR/versions/2.pdf").await.status, 404);

        // The submission and the downloads are in the audit trail.
        {
            use sea_orm::EntityTrait;
            let events = server::db::entities::audit_events::Entity::find()
                .all(&app.state.db)
                .await
                .unwrap();
            let details: Vec<String> = events
                .iter()
                .map(|e| {
                    format!(
                        "{} {} {}",
                        e.kind,
                        e.member_state.clone().unwrap_or_default(),
                        e.detail
                    )
                })
                .collect();
            assert!(
                details
                    .iter()
                    .any(|d| d.starts_with("submission MAR edition 2020 version 1 sha256 ")),
                "{details:?}"
            );
            assert_eq!(
                details
                    .iter()
                    .filter(|d| *d == "download MAR edition 2020 version 1 pdf")
                    .count(),
                2,
                "{details:?}"
            );
        }
        // The public verification page.
        assert_eq!(app.get("/verify").await.status, 200);
        let r = post_file(&app.url("/verify"), "pdf", "msq.pdf", &first.bytes).await;
        assert_eq!(r.status, 200, "{}", r.body);
        assert!(r.body.contains("Authentic and unmodified"), "{}", r.body);
        assert!(
            r.body.contains("version 1 of the response of Morocco"),
            "{}",
            r.body
        );
        let r = post_file(
            &app.url("/verify"),
            "pdf",
            "msq.pdf",
            &tampered(&first.bytes),
        )
        .await;
        assert_eq!(r.status, 422);
        assert!(
            r.body.contains("was changed after it was signed"),
            "{}",
            r.body
        );
        let r = post_file(&app.url("/verify"), "pdf", "notes.txt", b"hello, world").await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("The file is not a PDF."), "{}", r.body);
        let r = post_file(&app.url("/verify"), "pdf", "empty.pdf", b"").await;
        assert_eq!(r.status, 400);
        assert!(r.body.contains("Choose a PDF file to check."), "{}", r.body);
        let r = post_file(&app.url("/verify"), "other", "x.pdf", &first.bytes).await;
        assert_eq!(r.status, 400);
        let r = app
            .request_body(
                "POST",
                "/verify",
                b"pdf=%25PDF".to_vec(),
                &[("content-type", "application/x-www-form-urlencoded")],
            )
            .await;
        assert_eq!(r.status, 400);
        assert!(r.body.contains("could not be read"), "{}", r.body);
        // Too large to be a submission PDF.
        let mut huge = b"%PDF-1.7\n".to_vec();
        huge.resize(21 * 1024 * 1024, b'0');
        let r = post_file(&app.url("/verify"), "pdf", "huge.pdf", &huge).await;
        assert_eq!(r.status, 413, "{}", r.body);
        assert!(r.body.contains("larger than 20 MB"), "{}", r.body);
        // A PDF without a signature (the unsigned half of the file).
        let unsigned =
            b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        let r = post_file(&app.url("/verify"), "pdf", "plain.pdf", unsigned).await;
        assert_eq!(r.status, 422);
        assert!(r.body.contains("The PDF has no signature."), "{}", r.body);

        // The signature dictionary (written uncompressed) says who, why, where.
        let raw = String::from_utf8_lossy(&first.bytes);
        for needle in [
            "/SubFilter/ETSI.CAdES.detached",
            "/Reason(Submission of the Member States Questionnaire)",
            "/Location(MSQ test server)",
            "/Name(MSQ development signing)",
            "/M(D:",
        ] {
            assert!(
                raw.contains(needle),
                "no {needle} in the signature dictionary"
            );
        }
        if backend == Backend::Sqlite {
            check_with_independent_verifiers(
                app.db.dir.path(),
                &first.bytes,
                &development_ca(app.db.dir.path()),
            );
        }
        app.stop().await;
    }
}

/// Collapses runs of whitespace and drops the bidi marks poppler adds.
fn normalized(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}'))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}')
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Every string an answer holds (choice ids excepted: their labels print).
fn answer_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if s != "yes" && s != "no" && s != "none" => {
            out.push(s.clone())
        }
        serde_json::Value::Number(n) => out.push(n.to_string()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| answer_strings(x, out)),
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                if k != "selected" {
                    answer_strings(x, out);
                }
            }
        }
        _ => {}
    }
}

#[test]
fn msq_pdf_renders_every_answer_in_every_script() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("MAR.pdf");
    let (ok, text) = run(msq_command()
        .env("MSQ_DATA_DIR", dir.path())
        .args(["pdf", "--response"])
        .arg(fixture())
        .arg("--out")
        .arg(&out));
    assert!(ok, "{text}");
    assert!(text.contains("signed by MSQ development signing"), "{text}");
    let (ok, report) = pyhanko_validate(&out, &[&development_ca(dir.path())]);
    assert!(ok, "{report}");
    assert_pyhanko_valid(&report);

    let (ok, extracted) = run(Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&out)
        .arg("-"));
    assert!(ok, "{extracted}");
    let flat = normalized(&extracted);
    let squeezed: String = flat.chars().filter(|c| !c.is_whitespace()).collect();
    let file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture()).unwrap()).unwrap();
    let mut strings = Vec::new();
    answer_strings(&file["answers"], &mut strings);
    assert!(strings.len() > 55, "{}", strings.len());
    let mut checked = 0;
    for s in &strings {
        // Word by word (poppler may reorder the runs of a mixed
        // Arabic/Latin line), and each Arabic or Chinese run whole.
        for word in s.split_whitespace() {
            let word = word.trim_matches(|c: char| "()[],;:.".contains(c));
            if word.is_empty() || word.chars().any(is_cjk) {
                continue;
            }
            assert!(
                flat.contains(word),
                "\"{word}\" (from \"{s}\") is not in the PDF's text"
            );
            checked += 1;
        }
        let mut run_text = String::new();
        for c in s.chars().chain(std::iter::once('\n')) {
            if is_arabic(c) || (c == ' ' && !run_text.is_empty()) {
                run_text.push(c);
            } else if !run_text.trim().is_empty() {
                let phrase = run_text.trim();
                assert!(
                    flat.contains(phrase),
                    "Arabic \"{phrase}\" is not in the PDF's text"
                );
                checked += 1;
                run_text.clear();
            } else {
                run_text.clear();
            }
        }
        let cjk: String = s.chars().filter(|c| is_cjk(*c)).collect();
        if !cjk.is_empty() {
            for piece in s.split(|c: char| !is_cjk(c)).filter(|p| !p.is_empty()) {
                assert!(
                    squeezed.contains(piece),
                    "Chinese \"{piece}\" is not in the PDF's text"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 250, "only {checked} checks");
    // Headers, footers, unanswered marking and the cover.
    let (_, info) = run(Command::new("pdfinfo").arg(&out));
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap();
    assert!(flat.contains(&format!("Page {pages} of {pages}")), "{flat}");
    assert!(flat.contains("Page 1 of"));
    assert!(flat.contains("Morocco (MAR)"));
    assert!(flat.contains("Electronic signature"));
    assert!(flat.contains("I/We hereby authorize UNDESA to publish"));

    // The answers travel inside the PDF.
    let json = dir.path().join("attached.json");
    let (ok, text) = run(Command::new("pdfdetach")
        .args(["-save", "1", "-o"])
        .arg(&json)
        .arg(&out));
    assert!(ok, "{text}");
    let attached: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(attached["answers"], file["answers"]);
    assert_eq!(attached["member_state"], "MAR");
    let (ok, report) = run(Command::new("qpdf").arg("--check").arg(&out));
    assert!(ok, "{report}");
}

#[test]
fn msq_pdf_refuses_a_broken_response_file() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    let mut file: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture()).unwrap()).unwrap();
    file["answers"]["q17"] = serde_json::json!({"percent": 140});
    std::fs::write(&bad, file.to_string()).unwrap();
    let out = dir.path().join("bad.pdf");
    let (ok, text) = run(msq_command()
        .env("MSQ_DATA_DIR", dir.path())
        .args(["pdf", "--response"])
        .arg(&bad)
        .arg("--out")
        .arg(&out));
    assert!(!ok);
    assert!(text.contains("answers.q17"), "{text}");
    assert!(!out.exists());
}

// Multi-threaded: the test blocks on `msq pdf` while the TSA task answers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configured_time_stamp_authority_makes_it_b_t() {
    let dir = tempfile::tempdir().unwrap();
    let tsa = LocalTsa::start(&dir.path().join("tsa")).await;
    let out = dir.path().join("MAR-bt.pdf");
    let mut cmd = msq_command();
    cmd.env("MSQ_DATA_DIR", dir.path())
        .env("MSQ_TSA_URL", &tsa.url)
        .args(["pdf", "--response"])
        .arg(fixture())
        .arg("--out")
        .arg(&out);
    // Off the runtime's workers: the TSA task must keep answering.
    let (ok, text) = tokio::task::spawn_blocking(move || run(&mut cmd))
        .await
        .unwrap();
    assert!(ok, "msq pdf with the local TSA failed: {text}");
    assert_eq!(tsa.issued.load(std::sync::atomic::Ordering::SeqCst), 1);
    let bytes = std::fs::read(&out).unwrap();
    let verified = server::signing::verify::verify(&bytes).unwrap();
    assert!(verified.time_stamped);
    let ca = development_ca(dir.path());
    let (ok, report) = pyhanko_validate(&out, &[&ca, &tsa.ca]);
    assert!(ok, "{report}");
    assert_pyhanko_valid(&report);
    // pyHanko names the time stamp and finds it valid and trusted.
    assert!(report.to_lowercase().contains("timestamp"), "{report}");
    assert!(report.contains("MSQ test TSA"), "{report}");
    let report = pdfsig_trusting(&out, &ca);
    assert!(report.contains("Signature is Valid."), "{report}");

    // An unreachable TSA: a clear error, no file.
    let out2 = dir.path().join("none.pdf");
    let (ok, text) = run(msq_command()
        .env("MSQ_DATA_DIR", dir.path())
        .env("MSQ_TSA_URL", "http://127.0.0.1:9/tsa")
        .args(["pdf", "--response"])
        .arg(fixture())
        .arg("--out")
        .arg(&out2));
    assert!(
        !ok && text.contains("time-stamp authority could not be reached"),
        "{text}"
    );
    assert!(!out2.exists());
    tsa.stop();
}

/// An organisation's own certificate: an RSA key and certificate as PEM,
/// or the same in a PKCS#12 file, issued by a CA the verifiers trust.
#[test]
fn a_configured_rsa_certificate_signs_as_pem_or_pkcs12() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let openssl = |args: &[&str]| {
        let (ok, text) = run(Command::new("openssl").args(args).current_dir(d));
        assert!(ok, "openssl {args:?}: {text}");
    };
    openssl(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "org-ca.key",
        "-out",
        "org-ca.pem",
        "-subj",
        "/CN=Example Org Root CA",
        "-days",
        "30",
        "-addext",
        "basicConstraints=critical,CA:true",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    openssl(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "signer.key",
        "-out",
        "signer.csr",
        "-subj",
        "/CN=UN DESA MSQ signing/O=Example Org",
    ]);
    std::fs::write(
        d.join("ext.cnf"),
        "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n",
    )
    .unwrap();
    openssl(&[
        "x509",
        "-req",
        "-in",
        "signer.csr",
        "-CA",
        "org-ca.pem",
        "-CAkey",
        "org-ca.key",
        "-CAcreateserial",
        "-out",
        "signer.pem",
        "-days",
        "30",
        "-extfile",
        "ext.cnf",
    ]);
    openssl(&[
        "pkcs12",
        "-export",
        "-inkey",
        "signer.key",
        "-in",
        "signer.pem",
        "-certfile",
        "org-ca.pem",
        "-out",
        "signer.p12",
        "-passout",
        "pass:s3cret",
    ]);
    let ca = d.join("org-ca.pem");
    let cases: [(&str, Vec<(&str, PathBuf)>); 2] = [
        (
            "pem",
            vec![
                ("MSQ_SIGNING_CERT", d.join("signer.pem")),
                ("MSQ_SIGNING_KEY", d.join("signer.key")),
            ],
        ),
        ("p12", vec![("MSQ_SIGNING_PKCS12", d.join("signer.p12"))]),
    ];
    for (name, env) in cases {
        let out = d.join(format!("{name}.pdf"));
        let mut cmd = msq_command();
        cmd.env("MSQ_DATA_DIR", d)
            .env("MSQ_SIGNING_PKCS12_PASSWORD", "s3cret");
        for (k, v) in &env {
            cmd.env(k, v);
        }
        let (ok, text) = run(cmd
            .args(["pdf", "--response"])
            .arg(fixture())
            .arg("--out")
            .arg(&out));
        assert!(ok, "{name}: {text}");
        assert!(
            text.contains("signed by UN DESA MSQ signing"),
            "{name}: {text}"
        );
        let (ok, report) = pyhanko_validate(&out, &[&ca]);
        assert!(ok, "{name}: {report}");
        assert_pyhanko_valid(&report);
        assert!(report.contains("sha256_rsa"), "{name}: {report}");
        let report = pdfsig_trusting(&out, &ca);
        assert!(
            report.contains("Signature is Valid.") && report.contains("Certificate is Trusted."),
            "{name}: {report}"
        );
    }
    // A wrong password: a clear error.
    let (ok, text) = run(msq_command()
        .env("MSQ_DATA_DIR", d)
        .env("MSQ_SIGNING_PKCS12", d.join("signer.p12"))
        .env("MSQ_SIGNING_PKCS12_PASSWORD", "wrong")
        .args(["pdf", "--response"])
        .arg(fixture())
        .arg("--out")
        .arg(d.join("x.pdf")));
    assert!(!ok && text.contains("signer.p12"), "{text}");
}
