//! Signed receipts. The server's Ed25519 key lives in its data directory (`receipt-key.ed25519`,
//! 0600), created on first start; its public half travels in every receipt and in
//! `GET /api/v1/health`.

use std::path::Path;

use coverready_submission::encoding::{b64, now_rfc3339};
use coverready_submission::protocol::{ReceiptPayload, SignedReceipt, RECEIPT_VERSION};
use coverready_submission::{Installation, SubmissionError};

pub const RECEIPT_KEY_FILE: &str = "receipt-key.ed25519";

pub struct ReceiptSigner {
    key: Installation,
}

impl ReceiptSigner {
    pub fn load_or_create(data_dir: &Path) -> Result<ReceiptSigner, SubmissionError> {
        ReceiptSigner::load_or_create_file(&data_dir.join(RECEIPT_KEY_FILE))
    }

    /// The key in `file`, created there (0600) if absent. Several instances of one platform name
    /// the same file so that all their receipts carry one public key.
    pub fn load_or_create_file(file: &Path) -> Result<ReceiptSigner, SubmissionError> {
        Ok(ReceiptSigner {
            key: Installation::load_or_create_file(file)?,
        })
    }

    pub fn public_key(&self) -> String {
        self.key.public_key_base64()
    }

    pub fn fingerprint(&self) -> String {
        self.key.fingerprint()
    }

    pub fn sign(
        &self,
        submission_id: &str,
        report_id: &str,
        manifest_sha256: &str,
        status: &str,
    ) -> SignedReceipt {
        let payload = ReceiptPayload {
            receipt_version: RECEIPT_VERSION,
            submission_id: submission_id.to_owned(),
            report_id: report_id.to_owned(),
            manifest_sha256: manifest_sha256.to_owned(),
            status: status.to_owned(),
            issued_at: now_rfc3339(),
        };
        let bytes = serde_json::to_vec(&payload).unwrap_or_default();
        SignedReceipt {
            signature: self.key.sign(&bytes),
            payload: b64(&bytes),
            public_key: self.public_key(),
        }
    }
}
