//! `coverready-intake serve|list`: the reference intake server from the command line. Output is
//! for operators (English); the desktop app's texts live in the locale files.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use coverready_intake::pg::PgStore;
use coverready_intake::{printable, Database, DatabaseUrl, IntakeConfig, RateLimit, Store, TlsPem};

fn parse_database(url: &str) -> Result<DatabaseUrl, String> {
    DatabaseUrl::parse(url)
        .ok_or_else(|| "--database takes a postgres:// or postgresql:// URL".to_owned())
}

#[derive(Parser)]
#[command(
    name = "coverready-intake",
    version,
    about = "Reference intake server for CoverReady submissions"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Receive submissions.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8443")]
        listen: SocketAddr,
        /// The SQLite store and receipt key (one instance). With --database: only this
        /// instance's spool of incoming bodies (default: a folder in the system's temp dir).
        #[arg(long, required_unless_present = "database")]
        data_dir: Option<PathBuf>,
        /// PostgreSQL (postgres://user:pass@host/db) instead of SQLite: several instances given
        /// the same URL share one truth. Needs --receipt-key, the same file for every instance.
        #[arg(long, requires = "receipt_key")]
        database: Option<String>,
        /// The receipt signing key (created 0600 if absent); default DIR/receipt-key.ed25519.
        #[arg(long)]
        receipt_key: Option<PathBuf>,
        /// PEM certificate chain; with --tls-key, serves HTTPS.
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        #[arg(long, default_value_t = coverready_intake::DEFAULT_MAX_BODY_BYTES)]
        max_body_bytes: u64,
        /// Submissions per minute per installation key (with --database: shared by all instances).
        #[arg(long, default_value_t = 30)]
        rate_per_minute: u32,
        #[arg(long, default_value_t = 10)]
        rate_burst: u32,
        /// Refused submissions (bad signature, malformed, too large, too slow) per minute per
        /// client address; past it the address gets 429 before its body is read.
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_REFUSED_RATE_LIMIT.per_minute)]
        refused_per_minute: u32,
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_REFUSED_RATE_LIMIT.burst)]
        refused_burst: u32,
        /// Seconds from the end of a request's headers until its whole body must have arrived.
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_REQUEST_TIMEOUT.as_secs())]
        request_timeout_secs: u64,
        /// Slowest accepted upload in bytes per second, averaged, judged after the grace period.
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_MIN_UPLOAD_BYTES_PER_SEC)]
        min_upload_rate: u64,
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_UPLOAD_GRACE.as_secs())]
        upload_grace_secs: u64,
        /// Open connections in total; more are closed as soon as they are accepted.
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_MAX_CONNECTIONS)]
        max_connections: usize,
        /// Open connections per client address (IPv6: per /64). Behind a reverse proxy every
        /// connection comes from the proxy: raise this, and limit per client at the proxy.
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_MAX_CONNECTIONS_PER_ADDRESS)]
        max_connections_per_address: usize,
        /// A signed content pack (.coverready-content) to publish at /api/v1/content/latest.
        #[arg(long)]
        content_pack: Option<PathBuf>,
        /// Bytes of incoming bodies spooled to disk at once, across all connections; past it,
        /// 503 with Retry-After.
        #[arg(long, default_value_t = coverready_intake::config::DEFAULT_MAX_SPOOLED_BYTES)]
        max_spooled_bytes: u64,
    },
    /// Access tokens for listing a tenant's submissions.
    Token {
        #[command(subcommand)]
        command: TokenCommand,
    },
    /// Statistics over what was received; no figure describes fewer than 5 organisations.
    Stats {
        #[arg(
            long,
            required_unless_present = "database",
            conflicts_with = "database"
        )]
        data_dir: Option<PathBuf>,
        #[arg(long)]
        database: Option<String>,
        /// Only this tenant's submissions (default: all).
        #[arg(long)]
        tenant: Option<String>,
        /// One JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List what was received.
    List {
        #[arg(
            long,
            required_unless_present = "database",
            conflicts_with = "database"
        )]
        data_dir: Option<PathBuf>,
        #[arg(long)]
        database: Option<String>,
        /// One JSON document instead of a table.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Makes a new token for TENANT (creating the tenant) and prints it, once: only its hash is
    /// kept. Its holder can list that tenant's submissions.
    Create {
        #[arg(long)]
        tenant: String,
        #[arg(
            long,
            required_unless_present = "database",
            conflicts_with = "database"
        )]
        data_dir: Option<PathBuf>,
        #[arg(long)]
        database: Option<String>,
    },
}

/// The store a command writes to: PostgreSQL by URL or the SQLite file in DIR, created and
/// migrated if new, as `serve` would (tokens can be made before the first start).
fn command_store(
    runtime: &tokio::runtime::Runtime,
    database: Option<String>,
    data_dir: Option<PathBuf>,
) -> Result<Database, Box<dyn std::error::Error>> {
    match (database, data_dir) {
        (Some(url), _) => {
            let url = parse_database(&url)?;
            Ok(Database::Postgres(
                runtime.block_on(PgStore::connect(url.expose()))?,
            ))
        }
        (None, Some(dir)) => {
            std::fs::create_dir_all(&dir)?;
            Ok(Database::Sqlite(Store::open(&dir)?))
        }
        (None, None) => Err("give --data-dir or --database".into()),
    }
}

/// The store a reading command looks at: only one that is already there, so a mistyped place
/// never gets an empty store made for it and reported as "0 submissions".
fn existing_store(
    runtime: &tokio::runtime::Runtime,
    database: Option<String>,
    data_dir: Option<PathBuf>,
) -> Result<Database, Box<dyn std::error::Error>> {
    match (database, data_dir) {
        (Some(url), _) => {
            let url = parse_database(&url)?;
            Ok(Database::Postgres(
                runtime.block_on(PgStore::connect_existing(url.expose()))?,
            ))
        }
        (None, Some(dir)) => Ok(Database::Sqlite(Store::open_existing(&dir)?)),
        (None, None) => Err("give --data-dir or --database".into()),
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("coverready-intake: {e}");
            ExitCode::from(3)
        }
    }
}

/// `name=value, …` with both sides through `printable`: showing the JSON instead would escape
/// twice (JSON's `\u001b`, then its backslash).
fn organisation_line(organisation: &serde_json::Value) -> String {
    let Some(fields) = organisation.as_object() else {
        return printable(&organisation.to_string());
    };
    let shown: Vec<String> = fields
        .iter()
        .map(|(name, value)| {
            let value = value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_owned);
            format!("{}={}", printable(name), printable(&value))
        })
        .collect();
    format!("{{{}}}", shown.join(", "))
}

/// The limits in force, printed at startup so an operator sees what a flag changed.
fn limits_line(config: &IntakeConfig) -> String {
    format!(
        "body {} B; headers {} s; body within {} s, at least {} B/s after {} s; \
         connections {} total, {} per address; {} B spooled at once; {}/min (burst {}) per installation key; \
         {}/min (burst {}) refused per address",
        config.max_body_bytes,
        config.handshake_timeout.as_secs(),
        config.request_timeout.as_secs(),
        config.min_upload_bytes_per_sec,
        config.upload_grace.as_secs(),
        config.max_connections,
        config.max_connections_per_address,
        config.max_spooled_bytes,
        config.rate_limit.per_minute,
        config.rate_limit.burst,
        config.refused_rate_limit.per_minute,
        config.refused_rate_limit.burst,
    )
}

fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    match cli.command {
        Command::Serve {
            listen,
            data_dir,
            database,
            receipt_key,
            tls_cert,
            tls_key,
            max_body_bytes,
            rate_per_minute,
            rate_burst,
            refused_per_minute,
            refused_burst,
            request_timeout_secs,
            min_upload_rate,
            upload_grace_secs,
            max_connections,
            max_connections_per_address,
            max_spooled_bytes,
            content_pack,
        } => {
            let data_dir =
                data_dir.unwrap_or_else(|| std::env::temp_dir().join("coverready-intake"));
            let mut config = IntakeConfig::new(data_dir);
            config.database = database.as_deref().map(parse_database).transpose()?;
            config.receipt_key_file = receipt_key;
            config.max_body_bytes = max_body_bytes;
            config.rate_limit = RateLimit {
                burst: rate_burst,
                per_minute: rate_per_minute,
            };
            config.refused_rate_limit = RateLimit {
                burst: refused_burst,
                per_minute: refused_per_minute,
            };
            config.request_timeout = Duration::from_secs(request_timeout_secs);
            config.min_upload_bytes_per_sec = min_upload_rate;
            config.upload_grace = Duration::from_secs(upload_grace_secs);
            config.max_connections = max_connections;
            config.max_connections_per_address = max_connections_per_address;
            config.max_spooled_bytes = max_spooled_bytes;
            config.content_pack = content_pack;
            if let (Some(cert), Some(key)) = (tls_cert, tls_key) {
                config.tls = Some(TlsPem {
                    cert_chain_pem: std::fs::read(&cert)
                        .map_err(|e| format!("{}: {e}", cert.display()))?,
                    private_key_pem: std::fs::read(&key)
                        .map_err(|e| format!("{}: {e}", key.display()))?,
                });
            }
            let scheme = if config.tls.is_some() {
                "https"
            } else {
                "http"
            };
            let receipts = coverready_intake::receipts::ReceiptSigner::load_or_create_file(
                &config.receipt_key_path(),
            )?;
            let engine = if config.database.is_some() {
                "PostgreSQL"
            } else {
                "SQLite"
            };
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::bind(listen).await?;
                eprintln!(
                    "coverready-intake: listening on {scheme}://{} (receipt key {}, store {engine})",
                    listener.local_addr()?,
                    receipts.fingerprint()
                );
                eprintln!("coverready-intake: limits: {}", limits_line(&config));
                coverready_intake::serve_with_shutdown(listener, config, async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await?;
                Ok::<(), Box<dyn std::error::Error>>(())
            })
        }
        Command::Token {
            command:
                TokenCommand::Create {
                    tenant,
                    data_dir,
                    database,
                },
        } => {
            if !coverready_intake::access::valid_tenant(&tenant) {
                return Err(format!(
                    "tenant {:?}: use 1 to 63 of a-z, 0-9 and -, not starting with -",
                    printable(&tenant)
                )
                .into());
            }
            let runtime = tokio::runtime::Runtime::new()?;
            let store = command_store(&runtime, database, data_dir)?;
            let (token, hash) = coverready_intake::access::new_token()
                .map_err(|e| format!("no randomness for a token: {e}"))?;
            runtime.block_on(store.create_token(
                &tenant,
                &hash,
                &coverready_submission::encoding::now_rfc3339(),
            ))?;
            eprintln!(
                "coverready-intake: token for tenant {tenant} (shown once; only its hash is kept):"
            );
            println!("{token}");
            Ok(())
        }
        Command::Stats {
            data_dir,
            database,
            tenant,
            json,
        } => {
            let runtime = tokio::runtime::Runtime::new()?;
            let store = existing_store(&runtime, database, data_dir)?;
            let stats = runtime.block_on(store.statistics(tenant.as_deref()))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&stats)?);
            } else {
                print!("{}", stats.to_text());
            }
            Ok(())
        }
        Command::List {
            data_dir,
            database,
            json,
        } => {
            let runtime = tokio::runtime::Runtime::new()?;
            let rows = runtime.block_on(existing_store(&runtime, database, data_dir)?.list())?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rows)?);
                return Ok(());
            }
            println!("{} submission(s)", rows.len());
            // Every text column came from a submitter (or could, in a store written by an older
            // version that did not validate), so each goes through `printable` before it meets
            // the operator's terminal. (`--json` is safe as it is: JSON escapes control
            // characters, and C1 and bidi characters are only text inside a JSON string.)
            for row in rows {
                println!(
                    "{}  {}  {:<9}  {:<16}  tenant {}  report {}  pdf {} B  json {} B  org {}",
                    printable(&row.id),
                    printable(&row.received_at),
                    printable(&row.status),
                    row.kind.as_str(),
                    printable(&row.tenant),
                    printable(&row.report_id),
                    row.report_pdf_bytes,
                    row.report_json_bytes,
                    organisation_line(&row.organisation)
                );
            }
            Ok(())
        }
    }
}
