//! Statistics (#18 item 5): the figures, and that no cell ever describes fewer than 5
//! organisations, on both engines and through the CLI.

use coverready_checklist::{ContentPack, Weight};
use coverready_intake::db::Database;
use coverready_intake::stats::{compute, Cell, ReportRow};
use coverready_intake::store::{NewSubmission, DEFAULT_TENANT};
use coverready_intake::test_support::TestPostgres;
use coverready_intake::{DatabaseUrl, IntakeConfig};
use serde_json::{json, Value};

fn must_haves() -> Vec<String> {
    ContentPack::current()
        .questions
        .iter()
        .filter(|q| q.weight == Weight::MustHave)
        .map(|q| q.id.clone())
        .collect()
}

/// A report as the app writes it, reduced to what statistics read.
fn report(name: &str, industry: &str, band: &str, overall: u32, first_must_have: &str) -> Vec<u8> {
    let first = &must_haves()[0];
    json!({
        "organisation": { "name": name, "profile": { "industry": industry, "headcount_band": band } },
        "readiness": {
            "overall_percent": overall,
            "domains": [ { "id": "identity", "percent": overall }, { "id": "backup", "percent": null } ],
            "action_plan": [ { "question": "backup.offline-copy", "reason": "unmet" },
                             { "question": "identity.mfa-email", "reason": "not_sure" } ],
        },
        "answers": [ { "question": first, "value": first_must_have } ],
    })
    .to_string()
    .into_bytes()
}

fn row(key: &str, at: &str, report_json: Vec<u8>) -> ReportRow {
    ReportRow {
        received_at: at.to_owned(),
        public_key: key.to_owned(),
        report_json,
    }
}

#[test]
fn figures_and_the_threshold() {
    let mut rows = Vec::new();
    // Six retail organisations in December, one of them twice (its later report counts).
    for n in 0..6 {
        let answer = if n < 3 { "yes" } else { "no" };
        rows.push(row(
            &format!("pk{n}"),
            "2026-12-01T00:00:00Z",
            report(&format!("Org {n}"), "retail", "1-9", 40 + n * 10, answer),
        ));
    }
    rows.push(row(
        "pk0",
        "2026-12-02T00:00:00Z",
        report("Org 0", "retail", "1-9", 100, "no"),
    ));
    // Two hospitality organisations in November: too few for any figure of their own.
    for n in 0..2 {
        rows.push(row(
            &format!("ph{n}"),
            "2026-11-05T00:00:00Z",
            report(&format!("Hotel {n}"), "hospitality", "10-49", 70, "yes"),
        ));
    }
    rows.push(row("bad", "2026-12-03T00:00:00Z", b"not json".to_vec()));
    rows.push(row(
        "bad",
        "2026-12-03T00:00:00Z",
        b"{\"organisation\":7}".to_vec(),
    ));
    let stats = compute(&rows);
    assert_eq!(stats.organisations, Cell::Value(8));
    assert_eq!(stats.unreadable_reports, 2);
    let months: Vec<(String, String)> = stats
        .per_month
        .iter()
        .map(|m| (m.month.clone(), m.submissions.to_string()))
        .collect();
    assert_eq!(
        months,
        [
            ("2026-11".to_owned(), "fewer than 5".to_owned()),
            ("2026-12".to_owned(), "7".to_owned())
        ]
    );
    let retail = stats
        .by_industry
        .iter()
        .find(|g| g.group == "retail")
        .unwrap();
    assert_eq!(retail.organisations, Cell::Value(6));
    // Org 0 by its latest report (100), the others 50..90: (100+50+60+70+80+90)/6.
    assert_eq!(retail.average_overall_percent, Cell::Value(75.0));
    let hotels = stats
        .by_industry
        .iter()
        .find(|g| g.group == "hospitality")
        .unwrap();
    assert_eq!(hotels.organisations, Cell::FewerThan5);
    assert_eq!(hotels.average_overall_percent, Cell::FewerThan5);
    let band = stats
        .by_size_band
        .iter()
        .find(|g| g.group == "10-49")
        .unwrap();
    assert_eq!(band.organisations, Cell::FewerThan5);
    // The first must-have: yes from Org 1, 2 and both hotels; no from Org 0 (latest), 3, 4, 5.
    let first = &stats.must_haves[0];
    assert_eq!(first.question, must_haves()[0]);
    assert_eq!(first.organisations, Cell::Value(8));
    assert_eq!(first.met_percent, Cell::Value(50.0));
    assert_eq!(
        stats.must_haves[1].organisations,
        Cell::FewerThan5,
        "nobody answered it"
    );
    let identity = stats
        .domains
        .iter()
        .find(|d| d.domain == "identity")
        .unwrap();
    assert_eq!(identity.organisations, Cell::Value(8));
    assert!(
        stats.domains.iter().all(|d| d.domain != "backup"),
        "null percents are not scores"
    );
    assert_eq!(stats.common_gaps.len(), 1, "only unmet items are gaps");
    assert_eq!(stats.common_gaps[0].question, "backup.offline-copy");
    assert_eq!(stats.common_gaps[0].organisations, Cell::Value(8));
    let json = serde_json::to_value(&stats).unwrap();
    assert_eq!(json["by_industry"][0]["organisations"], "fewer than 5");
    no_small_cells(&json);
    let text = stats.to_text();
    assert!(text.contains("fewer than 5"), "{text}");
}

#[test]
fn four_organisations_show_no_figure_at_all() {
    let rows: Vec<ReportRow> = (0..4)
        .map(|n| {
            row(
                &format!("pk{n}"),
                "2026-12-01T00:00:00Z",
                report(&format!("Org {n}"), "retail", "1-9", 50, "yes"),
            )
        })
        .collect();
    let stats = compute(&rows);
    assert_eq!(stats.organisations, Cell::FewerThan5);
    let json = serde_json::to_value(&stats).unwrap();
    no_small_cells(&json);
    // Every number-bearing cell is suppressed.
    let text = serde_json::to_string(&json).unwrap();
    assert!(!text.contains("\"organisations\":4"), "{text}");
    // One installation with many organisations' worth of names is still many organisations;
    // one organisation submitting ten times is one.
    let same: Vec<ReportRow> = (0..10)
        .map(|n| {
            row(
                "pk",
                &format!("2026-12-0{}T00:00:00Z", n % 9 + 1),
                report("Org", "retail", "1-9", 50, "yes"),
            )
        })
        .collect();
    assert_eq!(compute(&same).organisations, Cell::FewerThan5);
}

/// Every `organisations` field in the document is a number of at least 5 or the string.
fn no_small_cells(value: &Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key == "organisations" || key == "submissions" {
                    match v {
                        Value::Number(n) => assert!(n.as_u64().unwrap() >= 5, "{key} = {n}"),
                        Value::String(s) => assert_eq!(s, "fewer than 5"),
                        other => panic!("{key} = {other}"),
                    }
                }
                no_small_cells(v);
            }
        }
        Value::Array(items) => items.iter().for_each(no_small_cells),
        _ => {}
    }
}

async fn fill(db: &Database) {
    for n in 0..7 {
        let id = format!("sub_{n}");
        db.insert(NewSubmission {
            kind: coverready_submission::PackageKind::ReadinessReport,
            id: id.clone(),
            tenant: DEFAULT_TENANT.to_owned(),
            idempotency_key: format!("k{n}"),
            request_sha256: "x".to_owned(),
            public_key: format!("pk{n}"),
            report_id: format!("rpt-{n}"),
            manifest_sha256: "m".to_owned(),
            organisation_json: "{}".to_owned(),
            manifest_json: vec![],
            manifest_sig: vec![],
            report_pdf: vec![],
            report_json: report(
                &format!("Org {n}"),
                if n < 5 { "retail" } else { "media" },
                "1-9",
                60,
                "yes",
            ),
            received_at: format!("2026-12-0{}T00:00:00Z", n + 1),
            response_json: "{}".to_owned(),
        })
        .await
        .unwrap();
    }
    // A withdrawn submission holds no report and counts nowhere.
    assert!(db.withdraw("sub_6", "2026-12-09T00:00:00Z").await.unwrap());
}

fn stats_cli(args: &[String]) -> Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
        .arg("stats")
        .args(args)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

fn check(json: &Value) {
    no_small_cells(json);
    assert_eq!(json["organisations"], 6);
    assert_eq!(json["per_month"][0]["month"], "2026-12");
    let industries: Vec<(&str, &Value)> = json["by_industry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g["group"].as_str().unwrap(), &g["organisations"]))
        .collect();
    assert_eq!(
        industries,
        [("media", &json!("fewer than 5")), ("retail", &json!(5))]
    );
}

#[tokio::test]
async fn stats_on_sqlite_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(&IntakeConfig::new(dir.path()))
        .await
        .unwrap();
    fill(&db).await;
    check(&stats_cli(&[
        "--data-dir".into(),
        dir.path().display().to_string(),
    ]));
    let text = std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
        .args(["stats", "--data-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("retail") && text.contains("fewer than 5"),
        "{text}"
    );
    // A folder without a store is an error, not empty statistics.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_coverready-intake"))
        .args(["stats", "--data-dir"])
        .arg(dir.path().join("typo"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}

#[tokio::test]
async fn stats_on_postgres_through_the_cli() {
    let cluster = TestPostgres::start();
    let mut config = IntakeConfig::new(std::env::temp_dir());
    config.database = DatabaseUrl::parse(&cluster.url());
    let db = Database::open(&config).await.unwrap();
    fill(&db).await;
    check(&stats_cli(&["--database".into(), cluster.url()]));
    let other = stats_cli(&[
        "--database".into(),
        cluster.url(),
        "--tenant".into(),
        "acme".into(),
    ]);
    assert_eq!(other["organisations"], "fewer than 5");
}

/// The page for people, served by a real `coverready-intake serve` and read by headless Chromium
/// with JavaScript off: the figures are there, the small group says "fewer than 5" and shows no
/// number, the page loads nothing and breaks no rule of its Content-Security-Policy; without the
/// tenant's token there is no page.
#[tokio::test]
async fn the_statistics_page_in_headless_chromium() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(&IntakeConfig::new(dir.path()))
        .await
        .unwrap();
    fill(&db).await;
    drop(db);
    let bin = env!("CARGO_BIN_EXE_coverready-intake");
    let data = dir.path().to_str().unwrap();
    let token = std::process::Command::new(bin)
        .args(["token", "create", "--tenant", "default", "--data-dir", data])
        .output()
        .unwrap();
    assert!(token.status.success(), "{token:?}");
    let token = String::from_utf8(token.stdout).unwrap().trim().to_owned();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let log = dir.path().join("server.log");
    let mut server = std::process::Command::new(bin)
        .args([
            "serve",
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
            data,
        ])
        .stderr(std::fs::File::create(&log).unwrap())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let url = format!("http://127.0.0.1:{port}/api/v1/statistics");
    let client = reqwest::Client::new();
    let mut up = false;
    for _ in 0..100 {
        if client.get(&url).send().await.is_ok() {
            up = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(
        up,
        "server: {}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    let anonymous = client
        .get(&url)
        .header("Accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);

    let ui = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../ui");
    let script = r#"
      const { chromium } = require(process.env.UI + "/node_modules/playwright-core");
      (async () => {
        const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
        const context = await browser.newContext({ javaScriptEnabled: false,
          extraHTTPHeaders: { Authorization: "Bearer " + process.env.TOKEN, Accept: "text/html" } });
        const page = await context.newPage();
        const problems = [];
        page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
        page.on("requestfailed", (r) => problems.push("failed: " + r.url()));
        const requests = [];
        page.on("request", (r) => requests.push(r.url()));
        const response = await page.goto(process.env.URL);
        const out = {
          status: response.status(),
          csp: response.headers()["content-security-policy"] || "",
          text: await page.innerText("body"),
          svgs: await page.locator("svg").count(),
          rows: await page.locator("table tbody tr").allInnerTexts(),
          requests, problems,
        };
        console.log(JSON.stringify(out));
        await browser.close();
      })().catch((e) => { console.error(e); process.exit(1); });
    "#;
    let out = std::process::Command::new("node")
        .args(["-e", script])
        .env("UI", ui)
        .env("TOKEN", &token)
        .env("URL", &url)
        .output()
        .expect("node (bash .ci/setup installs it)");
    server.kill().ok();
    server.wait().ok();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(page["status"], 200);
    assert!(page["csp"].as_str().unwrap().contains("default-src 'none'"));
    assert_eq!(
        page["requests"].as_array().unwrap().len(),
        1,
        "the page loads nothing: {page}"
    );
    assert_eq!(page["problems"], json!([]), "{page}");
    assert_eq!(page["svgs"], 3);
    let rows: Vec<String> = page["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r.as_str()
                .unwrap()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert!(rows.contains(&"retail 5 60 %".to_owned()), "{rows:?}");
    assert!(
        rows.contains(&"media fewer than 5 fewer than 5".to_owned()),
        "{rows:?}"
    );
    assert!(page["text"].as_str().unwrap().contains("应用情况报告"));
}
