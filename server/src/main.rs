//! `msq`: the MSQ web server and its command-line tools. Configuration
//! comes from the environment (see README.md).

use clap::{Parser, Subcommand};
use server::config::Config;
use server::startup;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "msq",
    version,
    about = "Member States Questionnaire of the UN E-Government Survey"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Load a response file (docs/response-format.md) into its Member State's draft.
    ImportResponse {
        /// The JSON file.
        file: PathBuf,
        /// Into this edition instead of the file's own: what this edition
        /// does not ask, or no longer reads, is dropped and listed.
        #[arg(long)]
        edition: Option<String>,
    },
    /// Lint every edition in MSQ_EDITIONS_DIR and exit.
    CheckEditions,
    /// Manage accounts.
    Admin {
        #[command(subcommand)]
        action: AdminCommand,
    },
    /// Manage people's accounts.
    User {
        #[command(subcommand)]
        action: UserCommand,
    },
    /// Open, close or list the editions (docs/questionnaire-format.md).
    Edition {
        #[command(subcommand)]
        action: EditionCommand,
    },
    /// Render and sign the PDF of a response file, without a server.
    Pdf {
        /// The response file (docs/response-format.md).
        #[arg(long)]
        response: PathBuf,
        /// Where to write the signed PDF.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an administrator and print a one-time link (valid 14 days)
    /// where they choose their password.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Administrator")]
        name: String,
    },
}

#[derive(Subcommand)]
enum EditionCommand {
    /// Open an edition to the countries (now, or from a day), until a day
    /// (the last day open) or further notice.
    Open {
        id: String,
        /// The first day open, YYYY-MM-DD (UTC), or an RFC 3339 time.
        #[arg(long)]
        from: Option<String>,
        /// The last day open, YYYY-MM-DD (UTC), or an RFC 3339 closing time.
        #[arg(long)]
        until: Option<String>,
    },
    /// Close an edition: read-only for the countries from now on.
    Close { id: String },
    /// Every edition and its state.
    List,
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account and print a one-time link (valid 14 days) where
    /// its person chooses their password.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "")]
        name: String,
        /// respondent, focal_point, reviewer or admin.
        #[arg(long)]
        role: String,
        /// The Member State (ISO3) of a respondent or focal point.
        #[arg(long)]
        country: Option<String>,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    startup::init_logging();
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve().await,
        Command::ImportResponse { file, edition } => import(file, edition).await,
        Command::CheckEditions => check_editions().await,
        Command::Pdf { response, out } => pdf(response, out).await,
        Command::Edition { action } => edition(action).await,
        Command::Admin {
            action: AdminCommand::Create { email, name },
        } => create_user(&email, &name, "admin", None).await,
        Command::User {
            action:
                UserCommand::Create {
                    email,
                    name,
                    role,
                    country,
                },
        } => create_user(&email, &name, &role, country.as_deref()).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("msq: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn serve() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let listener = startup::bind(&config).await.map_err(|e| e.to_string())?;
    let state = startup::build_state(config)
        .await
        .map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    tracing::info!("MSQ listening on http://{addr}");
    // A new installation: the way in for its first administrator, once.
    if let Some(path) = state.first_admin.path() {
        println!(
            "No account exists yet. Make the first administrator (this link works until then):\n{}{path}",
            state.config.base_url()
        );
    }
    startup::serve(listener, state)
        .await
        .map_err(|e| e.to_string())
}

async fn import(file: PathBuf, into: Option<String>) -> Result<(), String> {
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let state = startup::build_state(config)
        .await
        .map_err(|e| e.to_string())?;
    let actor = format!("import of {}", file.display());
    let failed = |e: server::response_file::ImportError| format!("{}: {e}", file.display());
    match into {
        None => {
            let summary =
                server::response_file::import(&state.saver, state.editions, &text, &actor)
                    .await
                    .map_err(failed)?;
            println!(
                "Imported {} answers into the {} draft of {}.",
                summary.answers, summary.edition, summary.member_state
            );
        }
        Some(target) => {
            let (moved, dropped) =
                server::response_file::parse_into(&text, state.editions, &target)
                    .map_err(failed)?;
            let (edition, iso3) = (moved.edition.id.clone(), moved.member_state);
            let report = server::response_file::write_moved(&state.db, moved, &actor)
                .await
                .map_err(failed)?;
            println!(
                "Carried {} answers from {} into the {edition} draft of {iso3}: each is to be confirmed or changed before submission.",
                report.carried, report.from
            );
            if !report.kept.is_empty() {
                println!(
                    "Kept as already answered in {edition}: {}",
                    report.kept.join(", ")
                );
            }
            if !dropped.is_empty() {
                println!("Dropped {} answers:", dropped.len());
                for d in dropped {
                    println!("  - {d}");
                }
            }
        }
    }
    Ok(())
}

async fn check_editions() -> Result<(), String> {
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let editions =
        app::questionnaire::loader::load_dir(&config.editions_dir).map_err(|e| e.to_string())?;
    // Against the answers already stored, when there is a database.
    let stored = match server::db::sqlite_path(&config.database_url) {
        Some(path) if !std::path::Path::new(&path).exists() => None,
        _ => Some(
            server::db::connect(&config.database_url)
                .await
                .map_err(|e| e.to_string())?,
        ),
    };
    if let Some(db) = stored {
        let problems = server::editions::undescribed_answers(&db, &editions)
            .await
            .map_err(|e| e.to_string())?;
        if !problems.is_empty() {
            return Err(app::questionnaire::loader::LoadError {
                file: config.editions_dir.display().to_string(),
                problems,
            }
            .to_string());
        }
    }
    for e in &editions {
        println!(
            "{}: edition {}, {} sections, {} fields: OK",
            config.editions_dir.display(),
            e.id,
            e.sections.len(),
            e.fields().count()
        );
    }
    Ok(())
}

async fn pdf(response: PathBuf, out: PathBuf) -> Result<(), String> {
    let text =
        std::fs::read_to_string(&response).map_err(|e| format!("{}: {e}", response.display()))?;
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let editions =
        app::questionnaire::loader::load_dir(&config.editions_dir).map_err(|e| e.to_string())?;
    // The same checks as an import: a broken file is refused, naming each problem.
    let checked = server::response_file::parse(&text, &editions)
        .map_err(|e| format!("{}: {e}", response.display()))?;
    let file: server::response_file::ResponseFile =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", response.display()))?;
    let service = server::submissions::signed_pdf::PdfService::start(&config)?;
    let bytes = service
        .make(checked.edition, &file, chrono::Utc::now())
        .await
        .map_err(|e| e.to_string())?;
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "Wrote {} ({} bytes), signed by {}.",
        out.display(),
        bytes.len(),
        service.signer.name()
    );
    Ok(())
}

async fn edition(action: EditionCommand) -> Result<(), String> {
    use server::editions::{self, EditionState};
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let state = startup::build_state(config)
        .await
        .map_err(|e| e.to_string())?;
    let by = (None, "msq command line", "command line");
    let day = |s: Option<String>, closing: bool, flag: &str| -> Result<_, String> {
        s.map(|s| {
            editions::parse_time(&s, closing).ok_or_else(|| {
                format!("{flag}: \"{s}\" is not a day (YYYY-MM-DD) or an RFC 3339 time")
            })
        })
        .transpose()
    };
    match action {
        EditionCommand::Open { id, from, until } => {
            let times = (day(from, false, "--from")?, day(until, true, "--until")?);
            editions::set(
                &state.db,
                state.editions,
                &id,
                EditionState::Open,
                times,
                by,
            )
            .await
            .map_err(|e| e.to_string())?;
            println!("The {id} edition is open.");
        }
        EditionCommand::Close { id } => {
            editions::set(
                &state.db,
                state.editions,
                &id,
                EditionState::Closed,
                (None, None),
                by,
            )
            .await
            .map_err(|e| e.to_string())?;
            println!("The {id} edition is closed.");
        }
        EditionCommand::List => {
            let schedules = state
                .lifecycle
                .schedules()
                .await
                .map_err(|e| e.to_string())?;
            let now = chrono::Utc::now();
            for e in state.editions {
                let line = match schedules.get(&e.id) {
                    None => "draft".to_string(),
                    Some(s) => format!(
                        "{} (set {}: {}{})",
                        s.phase_at(now).as_str(),
                        s.state.as_str(),
                        s.opens_at.map_or(String::new(), |t| format!("from {t} ")),
                        s.closes_at
                            .map_or("until further notice".into(), |t| format!("until {t}"))
                    ),
                };
                println!("{}\t{line}", e.id);
            }
        }
    }
    Ok(())
}

async fn create_user(
    email: &str,
    name: &str,
    role: &str,
    country: Option<&str>,
) -> Result<(), String> {
    use server::accounts::{links, users, Role};
    let role = Role::parse(role).ok_or_else(|| {
        format!("--role: \"{role}\" is not one of respondent, focal_point, reviewer, admin")
    })?;
    let config = Config::from_env().map_err(|e| e.to_string())?;
    let base = config.base_url();
    let state = startup::build_state(config)
        .await
        .map_err(|e| e.to_string())?;
    let user = users::create(&state.db, email, name, role, country)
        .await
        .map_err(|e| e.to_string())?;
    let token = links::create(&state.db, user.id, "setup", "msq command line")
        .await
        .map_err(|e| e.to_string())?;
    server::audit::record(
        &state.db,
        server::audit::Event {
            user_id: Some(user.id),
            actor: "msq command line".into(),
            kind: server::audit::kind::ACCOUNT_CREATED,
            member_state: user.member_state.clone(),
            detail: format!("{} {}", role.as_str(), user.email),
            address: "command line".into(),
        },
    )
    .await
    .map_err(|e| e.to_string())?;
    println!(
        "Created the {} account of {}. They choose their password at (valid {} days, once):\n{base}{}",
        role.as_str(),
        user.email,
        links::VALID_DAYS,
        links::path(&token)
    );
    Ok(())
}
