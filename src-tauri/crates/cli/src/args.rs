//! The command-line grammar. Help texts are not written here: `help::localise` fills them in
//! from `locales/*/cli.ftl` by command path and argument id.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use coverready_core::Language;

#[derive(Debug, Parser)]
#[command(name = "coverready", version)]
pub struct Cli {
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    #[arg(long, global = true, value_enum, hide_possible_values = true)]
    pub lang: Option<LangArg>,
    #[arg(long, global = true)]
    pub json: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    #[value(name = "zh-CN")]
    ZhCn,
    #[value(name = "en-US")]
    EnUs,
}

impl From<LangArg> for Language {
    fn from(l: LangArg) -> Language {
        match l {
            LangArg::ZhCn => Language::ZhCn,
            LangArg::EnUs => Language::EnUs,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    #[command(subcommand)]
    Org(OrgCommand),
    #[command(subcommand)]
    Profile(ProfileCommand),
    #[command(subcommand)]
    Store(StoreCommand),
    #[command(subcommand)]
    Policy(PolicyCommand),
    #[command(subcommand)]
    Incident(IncidentCommand),
    #[command(subcommand)]
    Content(ContentCommand),
    Checklist {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(long)]
        quick: bool,
    },
    Answer {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        #[arg(value_name = "QID=VALUE", required = true)]
        answers: Vec<String>,
    },
    Assess {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(long)]
        quick: bool,
        #[arg(long = "answers", value_name = "FILE")]
        answers_file: Option<std::path::PathBuf>,
        #[arg(long = "new")]
        new_assessment: bool,
    },
    Readiness {
        #[arg(long, value_name = "ID")]
        org: i64,
    },
    Scan {
        #[arg(long = "probe", value_name = "ID")]
        probes: Vec<String>,
        #[arg(long, value_name = "ID")]
        org: Option<i64>,
        #[arg(long, value_name = "DIR")]
        record: Option<std::path::PathBuf>,
    },
    Report {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(long, value_name = "FILE.pdf")]
        out: Option<std::path::PathBuf>,
        #[arg(long)]
        force: bool,
    },
    Takeaway {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(long = "out", id = "takeaway_out", value_name = "FILE.pdf")]
        out: std::path::PathBuf,
        #[arg(long, id = "takeaway_force")]
        force: bool,
    },
    ImportCode {
        #[arg(value_name = "CODE", num_args = 1.., required = true)]
        code: Vec<String>,
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    Submit {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[command(flatten)]
        send: SendArgs,
    },
    Submissions {
        #[arg(long, value_name = "ID")]
        org: Option<i64>,
        #[arg(long)]
        flush: bool,
        #[arg(long, value_name = "SUBMISSION")]
        refresh: Option<i64>,
        #[arg(long, value_name = "SUBMISSION")]
        withdraw: Option<i64>,
        #[arg(long, value_name = "FILE.pem")]
        ca_cert: Option<std::path::PathBuf>,
    },
    DomainCheck {
        domain: String,
        #[arg(long, value_name = "ID")]
        org: Option<i64>,
        #[arg(long, value_name = "HOST:PORT")]
        dns: Option<std::net::SocketAddr>,
        #[arg(long, value_name = "PORT")]
        https_port: Option<u16>,
        #[arg(long, value_name = "PORT")]
        http_port: Option<u16>,
        #[arg(long, value_name = "IP")]
        connect_to: Option<std::net::IpAddr>,
        #[arg(long, value_name = "SECONDS")]
        timeout: Option<u64>,
    },
}

#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    Recover,
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    Add {
        #[arg(long)]
        name: String,
        #[arg(long, value_name = "KEY")]
        industry: Option<String>,
        #[arg(long, value_name = "N")]
        headcount: Option<String>,
        #[arg(long, value_name = "KEY")]
        revenue_band: Option<String>,
        #[arg(long, value_name = "KEY")]
        region: Option<String>,
    },
    List,
    Show {
        id: i64,
    },
    Rename {
        id: i64,
        #[arg(long)]
        name: String,
    },
    Remove {
        id: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    Set {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(value_name = "KEY=VALUE", required = true)]
        assignments: Vec<String>,
    },
    Show {
        #[arg(long, value_name = "ID")]
        org: i64,
    },
    Fields,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCommand {
    Set {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(value_name = "KEY=VALUE", required = true)]
        policy_assignments: Vec<String>,
    },
    Show {
        #[arg(long, value_name = "ID")]
        org: i64,
    },
}

#[derive(Debug, Subcommand)]
pub enum IncidentCommand {
    Start {
        #[arg(long, value_name = "ID")]
        org: i64,
        #[arg(long, value_name = "KIND")]
        kind: String,
        #[arg(long, value_name = "TIME")]
        discovered: Option<String>,
        #[arg(long, value_name = "NAME")]
        who: Option<String>,
    },
    List {
        #[arg(long, value_name = "ID")]
        org: i64,
    },
    Show {
        #[arg(long = "id", value_name = "N")]
        incident: i64,
    },
    Tick {
        #[arg(long = "id", value_name = "N")]
        incident: i64,
        #[arg(long, value_name = "STEP")]
        step: String,
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        #[arg(long, value_name = "NAME")]
        who: Option<String>,
    },
    Log {
        #[arg(long = "id", value_name = "N")]
        incident: i64,
        #[arg(long, value_name = "TEXT")]
        text: String,
        #[arg(long, value_name = "FILE")]
        evidence: Option<PathBuf>,
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        #[arg(long, value_name = "NAME")]
        who: Option<String>,
    },
    Verify {
        #[arg(long = "id", value_name = "N")]
        incident: i64,
    },
    Pack {
        #[arg(long = "id", value_name = "N")]
        incident: i64,
        #[arg(long = "out", value_name = "FILE.pdf")]
        pack_out: PathBuf,
        #[arg(long)]
        force: bool,
    },
    /// Makes a fresh claim pack and sends it, with consent, like `submit`.
    Send {
        #[arg(long = "id", value_name = "N")]
        incident: i64,
        #[command(flatten)]
        send: SendArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    Show,
    Update {
        /// A platform address (https://…) or a .coverready-content file; default: the platform
        /// address last used.
        #[arg(long, value_name = "URL|FILE")]
        from: Option<String>,
        #[arg(long, value_name = "FILE.pem")]
        ca_cert: Option<PathBuf>,
    },
}

/// Where a package goes and what the owner agreed to: `submit` and `incident send` alike.
#[derive(Debug, clap::Args)]
pub struct SendArgs {
    #[arg(long, value_name = "URL")]
    pub to: String,
    #[arg(long, value_name = "FIELD,…", value_delimiter = ',')]
    pub share: Vec<String>,
    #[arg(long)]
    pub consent: bool,
    #[arg(long, value_name = "FILE.pem")]
    pub ca_cert: Option<std::path::PathBuf>,
}
