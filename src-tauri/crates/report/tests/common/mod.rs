//! Report inputs shared by the tests and the bench example.
#![allow(dead_code)]

use coverready_checklist::{
    readiness, AnswerValue, Answers, ContentPack, Mode, Profile, ProfileValue,
};
use coverready_report::{
    AnsweredQuestion, CoverageRecommendation, FindingSummary, LossScenario, OrgSummary,
    ReportInput, Verification,
};

/// 𠮷 (U+20BB7) is outside 通用规范汉字表 and so outside the shipped subset: it must come out
/// as □ plus a warning. 龘 is not in the subset either.
pub const RARE_NAME: &str = "𠮷野家餐饮管理（北京）有限公司 Yoshinoya Catering";

pub fn long_note() -> String {
    // 200 characters, Chinese with a little Latin, no spaces: it can only wrap between characters.
    let base = "老板说财务电脑上的二次验证已经开了，但是前台那台旧电脑还在用Windows7，下个月换新电脑后再补上；备份每周五下午做一次，存在移动硬盘里并带回家保管。";
    let mut note = String::new();
    while note.chars().count() < 200 {
        note.push_str(base);
    }
    note.chars().take(200).collect()
}

pub fn profile() -> Profile {
    let mut p = Profile::new();
    p.insert("industry".into(), ProfileValue::Text("hospitality".into()));
    p.insert("headcount_band".into(), ProfileValue::Text("10-49".into()));
    p.insert("card_payments".into(), ProfileValue::Bool(true));
    p.insert("daily_gross_profit".into(), ProfileValue::Number(25000.0));
    p
}

/// Every applicable question answered (cycling through the options), 25 findings, scenarios
/// and coverages: the biggest report the app makes.
pub fn full_input(language: &str) -> ReportInput {
    let pack = ContentPack::current();
    let profile = profile();
    let mode = Mode::Full;
    let asked = coverready_checklist::applicable_questions(pack, &profile, mode);
    let cycle = [
        AnswerValue::Yes,
        AnswerValue::No,
        AnswerValue::Partly,
        AnswerValue::NotSure,
        AnswerValue::Yes,
    ];
    let verifications = [
        Verification::SelfAttested,
        Verification::VerifiedByScan,
        Verification::Contradicted,
        Verification::ContradictedOwnerKept,
    ];
    let mut answers = Answers::new();
    let mut answered = Vec::new();
    for (i, q) in asked.iter().enumerate() {
        let value = cycle[i % cycle.len()];
        answers.insert(q.id.clone(), value);
        answered.push(AnsweredQuestion {
            question: q.id.clone(),
            value: Some(value),
            note: match i {
                1 => Some(long_note()),
                4 => Some("Finance PC has MFA; reception PC pending replacement (龘).".into()),
                _ => None,
            },
            verification: verifications[i % verifications.len()],
            answered_at: Some(format!(
                "2025-02-{:02}T09:{:02}:00+08:00",
                1 + i % 27,
                i % 60
            )),
        });
    }
    let readiness = readiness(pack, &profile, &answers, mode);
    let verdicts = ["pass", "fail", "unknown", "not_applicable", "pass"];
    let findings = (0..25)
        .map(|i| FindingSummary {
            probe: format!("host.probe-{i:02}"),
            title: if language == "zh-CN" {
                format!("第 {i} 项检查：Windows 防火墙与自动更新")
            } else {
                format!("Check {i}: Windows firewall and automatic updates")
            },
            verdict: verdicts[i % verdicts.len()].into(),
            reason: (i % 5 == 2).then(|| "access denied (需要管理员权限)".to_string()),
            evidence: format!(
                "Get-NetFirewallProfile: Domain=True Private=True Public=False; wuauserv=Running; user=r***@example.cn #{i}"
            ),
            questions: asked.iter().skip(i).take(2).map(|q| q.id.clone()).collect(),
            caveats: Vec::new(),
        })
        .collect();
    ReportInput {
        report_id: "CR-20250301-0007".into(),
        generated_at: "2025-03-01T10:30:00+08:00".into(),
        language: language.into(),
        app_version: "0.1.0".into(),
        organisation: OrgSummary {
            name: RARE_NAME.into(),
            profile,
        },
        pack_id: pack.id.clone(),
        pack_version: pack.version.clone(),
        content_version: Some("1.0.0".into()),
        readiness,
        answers: answered,
        findings,
        loss_scenarios: vec![
            LossScenario {
                title: "勒索病毒导致停业 3 天 / Ransomware, 3 days closed".into(),
                low: 30000.0,
                likely: 75000.0,
                high: 240000.0,
                assumptions: "日毛利 25,000 元，恢复 2–5 天，不含赎金。".into(),
            },
            LossScenario {
                title: "冒充供应商骗取货款 / Fake supplier invoice".into(),
                low: 8000.0,
                likely: 50000.0,
                high: 300000.0,
                assumptions: "Largest single payment ¥50,000–300,000.".into(),
            },
        ],
        coverages: vec![
            CoverageRecommendation {
                title: "营业中断损失 / Business interruption".into(),
                why: "停业一天损失约 25,000 元毛利。".into(),
            },
            CoverageRecommendation {
                title: "社会工程欺诈 / Social engineering fraud".into(),
                why: "You pay suppliers by bank transfer.".into(),
            },
        ],
    }
}

/// A brand-new organisation: no profile, no answers, no scans.
pub fn empty_input(language: &str) -> ReportInput {
    let pack = ContentPack::current();
    let profile = Profile::new();
    let readiness = readiness(pack, &profile, &Answers::new(), Mode::Full);
    ReportInput {
        report_id: "CR-20250301-0001".into(),
        generated_at: "2025-03-01T08:00:00Z".into(),
        language: language.into(),
        app_version: "0.1.0".into(),
        organisation: OrgSummary {
            name: "新开张小店".into(),
            profile,
        },
        pack_id: pack.id.clone(),
        pack_version: pack.version.clone(),
        content_version: Some("1.0.0".into()),
        readiness,
        answers: Vec::new(),
        findings: Vec::new(),
        loss_scenarios: Vec::new(),
        coverages: Vec::new(),
    }
}
