//! Why something the operating system was asked to do failed, as a cause id the locale files
//! word (`cause-<id>` in errors.ftl). The system's own text (`Permission denied (os error 13)`)
//! is English whatever the owner's language, so it goes to logs, never into a message.

use std::io::ErrorKind;

/// Every cause the locale files explain (a test checks each has its message in both languages).
pub const CAUSES: &[&str] = &[
    "not_found",
    "permission_denied",
    "already_exists",
    "not_a_directory",
    "is_a_directory",
    "read_only",
    "storage_full",
    "interrupted",
    "invalid_data",
    // Why an answers file could not be read.
    "too_large",
    "not_text",
    "not_a_pair",
    "answered_twice",
    "not_json",
    // Why CoverReady refused a path (coverready_files::Refused), and a report named like its twin.
    "symlink",
    "not_a_regular_file",
    "not_owned",
    "twin_collision",
    "other",
];

/// The cause of a failed file or system operation.
pub fn io_cause(e: &std::io::Error) -> &'static str {
    if let Some(refused) = coverready_files::refusal(e) {
        return refused.cause();
    }
    match e.kind() {
        ErrorKind::NotFound => "not_found",
        ErrorKind::PermissionDenied => "permission_denied",
        ErrorKind::AlreadyExists => "already_exists",
        ErrorKind::NotADirectory => "not_a_directory",
        ErrorKind::IsADirectory => "is_a_directory",
        ErrorKind::ReadOnlyFilesystem => "read_only",
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded => "storage_full",
        // Past a size limit (EFBIG, or coverready_files' bounded reads): not a full disk.
        ErrorKind::FileTooLarge => "too_large",
        ErrorKind::Interrupted | ErrorKind::TimedOut | ErrorKind::UnexpectedEof => "interrupted",
        ErrorKind::InvalidData | ErrorKind::InvalidInput => "invalid_data",
        _ => "other",
    }
}

/// The message id that words a cause (`cause-other` for one this build does not know).
pub fn cause_message_id(cause: &str) -> String {
    if CAUSES.contains(&cause) {
        format!("cause-{}", cause.replace('_', "-"))
    } else {
        "cause-other".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn system_errors_map_to_causes_the_locales_word() {
        let denied = std::io::Error::from(ErrorKind::PermissionDenied);
        assert_eq!(io_cause(&denied), "permission_denied");
        #[cfg(unix)]
        assert_eq!(
            io_cause(&std::io::Error::from_raw_os_error(17)),
            "already_exists"
        );
        assert_eq!(io_cause(&std::io::Error::other("x")), "other");
        #[cfg(unix)]
        {
            // ENOSPC and EFBIG.
            assert_eq!(
                io_cause(&std::io::Error::from_raw_os_error(28)),
                "storage_full"
            );
            assert_eq!(
                io_cause(&std::io::Error::from_raw_os_error(27)),
                "too_large"
            );
            // A link planted where a file belongs, refused by coverready-files.
            let dir = std::env::temp_dir().join(format!("cause-link-{}", std::process::id()));
            let _ = std::fs::remove_file(&dir);
            std::os::unix::fs::symlink("/etc/hostname", &dir).unwrap();
            let refused = coverready_files::open_regular_no_follow(&dir).unwrap_err();
            let _ = std::fs::remove_file(&dir);
            assert_eq!(io_cause(&refused), "symlink");
        }
        for cause in CAUSES {
            for lang in ["zh-CN", "en-US"] {
                let l10n = crate::Localizer::new(lang);
                assert!(l10n.has(&cause_message_id(cause)), "{lang}: {cause}");
            }
        }
        assert_eq!(cause_message_id("no such cause"), "cause-other");
    }
}
