//! `coverready-content`: the maintainers' side of content packs.
//!
//! - `keygen --out KEY`: a minisign key pair, `KEY` (secret, unencrypted, mode 0600) and
//!   `KEY.pub`; an existing file is never overwritten.
//! - `build --key KEY --out FILE.coverready-content [--repo DIR] [--expires-days N]
//!   [--key-list KEYS.json]`: the pack defined by `assets/content/pack.json`, signed.
//! - `sign-keys --root-key ROOT --key PUB… --not-after RFC3339 --out KEYS.json`: a key list the
//!   root signs, so content can be signed with a new key without an app release.
//!
//! Exit codes: 0 done, 1 refused input, 2 usage. Messages are in the OS locale's language.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use coverready_i18n::{Arg as A, Localizer};

fn command(l10n: &Localizer) -> Command {
    let path = |name: &'static str, help: &str| {
        Arg::new(name)
            .long(name)
            .value_parser(clap::value_parser!(PathBuf))
            .required(true)
            .help(l10n.text(help))
    };
    Command::new("coverready-content")
        .about(l10n.text("content-builder-about"))
        .subcommand_required(true)
        .subcommand(
            Command::new("keygen")
                .about(l10n.text("content-builder-about-keygen"))
                .arg(path("out", "content-builder-arg-key-out")),
        )
        .subcommand(
            Command::new("build")
                .about(l10n.text("content-builder-about-build"))
                .arg(path("key", "content-builder-arg-key"))
                .arg(path("out", "content-builder-arg-pack-out"))
                .arg(path("repo", "content-builder-arg-repo").required(false))
                .arg(path("key-list", "content-builder-arg-key-list").required(false))
                .arg(
                    Arg::new("expires-days")
                        .long("expires-days")
                        .value_parser(clap::value_parser!(u32).range(1..=3660))
                        .default_value("365")
                        .help(l10n.text("content-builder-arg-expires-days")),
                ),
        )
        .subcommand(
            Command::new("sign-keys")
                .about(l10n.text("content-builder-about-sign-keys"))
                .arg(path("root-key", "content-builder-arg-root-key"))
                .arg(path("key", "content-builder-arg-listed-key").action(ArgAction::Append))
                .arg(
                    Arg::new("not-after")
                        .long("not-after")
                        .required(true)
                        .help(l10n.text("content-builder-arg-not-after")),
                )
                .arg(path("out", "content-builder-arg-keys-out")),
        )
}

fn main() -> ExitCode {
    let l10n = Localizer::new(coverready_i18n::os_default_language());
    let matches = match command(&l10n).try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let result = match matches.subcommand() {
        Some(("keygen", m)) => keygen(m),
        Some(("build", m)) => build(m),
        Some(("sign-keys", m)) => sign_keys(m),
        _ => unreachable!("clap requires a subcommand"),
    };
    match result {
        Ok(written) => {
            for path in written {
                let path = path.display().to_string();
                println!(
                    "{}",
                    l10n.format("content-builder-wrote", &[("path", A::from(&path))])
                );
            }
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("{}", problem.message(&l10n));
            ExitCode::from(1)
        }
    }
}

/// A refusal: which message, about which file, with the system's or library's detail.
struct Problem {
    id: &'static str,
    path: String,
    detail: String,
}

impl Problem {
    fn new(id: &'static str, path: &Path, detail: impl ToString) -> Problem {
        Problem {
            id,
            path: path.display().to_string(),
            detail: detail.to_string(),
        }
    }

    fn message(&self, l10n: &Localizer) -> String {
        l10n.format(
            self.id,
            &[
                ("path", A::from(&self.path)),
                ("detail", A::from(&self.detail)),
            ],
        )
    }
}

fn path_arg<'a>(m: &'a ArgMatches, name: &str) -> &'a PathBuf {
    m.get_one::<PathBuf>(name).expect("required by clap")
}

/// Written to a temporary name beside `path` and renamed; never over an existing file.
fn write_new(path: &Path, bytes: &[u8], secret: bool) -> Result<(), Problem> {
    if path.exists() {
        return Err(Problem::new("content-builder-exists", path, ""));
    }
    let tmp = path.with_extension("tmp-write");
    let written = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        if secret {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        #[cfg(not(unix))]
        let _ = secret;
        let mut file = options.open(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    written.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Problem::new("content-builder-unwritable", path, e)
    })
}

fn keygen(m: &ArgMatches) -> Result<Vec<PathBuf>, Problem> {
    let out = path_arg(m, "out");
    let public = public_path(out);
    let pair = minisign::KeyPair::generate_unencrypted_keypair()
        .map_err(|e| Problem::new("content-builder-keygen-failed", out, e))?;
    let secret = pair
        .sk
        .to_box(None)
        .map_err(|e| Problem::new("content-builder-keygen-failed", out, e))?
        .into_string();
    let public_text = pair
        .pk
        .to_box()
        .map_err(|e| Problem::new("content-builder-keygen-failed", out, e))?
        .into_string();
    if public.exists() {
        return Err(Problem::new("content-builder-exists", &public, ""));
    }
    write_new(out, secret.as_bytes(), true)?;
    write_new(&public, public_text.as_bytes(), false)?;
    Ok(vec![out.clone(), public])
}

fn public_path(secret: &Path) -> PathBuf {
    let mut name = secret.as_os_str().to_owned();
    name.push(".pub");
    PathBuf::from(name)
}

fn read_secret(path: &Path) -> Result<minisign::SecretKey, Problem> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Problem::new("content-builder-unreadable", path, e))?;
    minisign::SecretKeyBox::from_string(&text)
        .and_then(|b| b.into_unencrypted_secret_key())
        .map_err(|e| Problem::new("content-builder-bad-key", path, e))
}

fn sign(key: &minisign::SecretKey, data: &[u8], key_path: &Path) -> Result<String, Problem> {
    coverready_content_builder::sign(key, data)
        .map_err(|e| Problem::new("content-builder-bad-key", key_path, e))
}

fn build(m: &ArgMatches) -> Result<Vec<PathBuf>, Problem> {
    let key_path = path_arg(m, "key");
    let out = path_arg(m, "out");
    let repo = m
        .get_one::<PathBuf>("repo")
        .cloned()
        .unwrap_or_else(|| PathBuf::from("."));
    let days = i64::from(*m.get_one::<u32>("expires-days").expect("has a default"));
    let key = read_secret(key_path)?;
    let (definition, files) = coverready_content::write::collect(&repo)
        .map_err(|e| Problem::new("content-builder-bad-repo", &repo, e))?;
    let created = coverready_time::parse_rfc3339(&definition.created)
        .map_err(|e| Problem::new("content-builder-bad-repo", &repo, e))?;
    let expires = coverready_time::rfc3339_utc(created + days * 86_400)
        .map_err(|e| Problem::new("content-builder-bad-repo", &repo, e))?;
    let manifest = coverready_content::write::manifest_for(&definition, &files, Some(expires));
    let list = match m.get_one::<PathBuf>("key-list") {
        None => None,
        Some(list_path) => {
            let list = std::fs::read(list_path)
                .map_err(|e| Problem::new("content-builder-unreadable", list_path, e))?;
            let sig_path = signature_path(list_path);
            let list_sig = std::fs::read_to_string(&sig_path)
                .map_err(|e| Problem::new("content-builder-unreadable", &sig_path, e))?;
            Some((list, list_sig))
        }
    };
    let pack = coverready_content_builder::signed_pack(
        &manifest,
        &files,
        &key,
        list.as_ref().map(|(l, s)| (l.as_slice(), s.as_str())),
    )
    .map_err(|e| Problem::new("content-builder-bad-key", key_path, e))?;
    write_new(out, &pack, false)?;
    Ok(vec![out.clone()])
}

fn signature_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".minisig");
    PathBuf::from(name)
}

fn sign_keys(m: &ArgMatches) -> Result<Vec<PathBuf>, Problem> {
    let root_path = path_arg(m, "root-key");
    let out = path_arg(m, "out");
    let not_after: &String = m.get_one("not-after").expect("required by clap");
    coverready_time::parse_rfc3339(not_after)
        .map_err(|e| Problem::new("content-builder-bad-date", Path::new(not_after), e))?;
    let root = read_secret(root_path)?;
    let mut keys = Vec::new();
    for path in m.get_many::<PathBuf>("key").into_iter().flatten() {
        let text = std::fs::read_to_string(path)
            .map_err(|e| Problem::new("content-builder-unreadable", path, e))?;
        let key = minisign::PublicKeyBox::from_string(&text)
            .and_then(|b| b.into_public_key())
            .map_err(|e| Problem::new("content-builder-bad-key", path, e))?;
        keys.push(serde_json::json!({"public_key": key.to_base64(), "not_after": not_after}));
    }
    let list = serde_json::to_vec_pretty(&serde_json::json!({"format": 1, "keys": keys}))
        .expect("a key list serialises");
    let signature = sign(&root, &list, root_path)?;
    let sig_path = signature_path(out);
    if sig_path.exists() {
        return Err(Problem::new("content-builder-exists", &sig_path, ""));
    }
    write_new(out, &list, false)?;
    write_new(&sig_path, signature.as_bytes(), false)?;
    Ok(vec![out.clone(), sig_path])
}
