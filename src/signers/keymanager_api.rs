//! The standard keymanager API's import (`POST /eth/v1/keystores`, the Ethereum keymanager
//! APIs that Lighthouse, Teku, Prysm, Nimbus, Lodestar and Web3Signer serve): keystores and
//! their passwords in one request body, with the keys' slashing-protection interchange. The
//! body holds the passwords in the clear, so it is a secret like them.

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::WalletError;

/// The request body: each keystore and the interchange as JSON *strings*, as the API asks.
#[derive(Serialize)]
struct ImportKeystores<'a> {
    keystores: &'a [String],
    passwords: Vec<&'a str>,
    slashing_protection: &'a str,
}

/// The body of `POST /eth/v1/keystores` for `keystores` (their JSON text), `passwords` (one
/// per keystore, in order) and an EIP-3076 interchange's text. Zeroized when dropped.
pub fn import_keystores_body(
    keystores: &[String],
    passwords: &[Zeroizing<String>],
    slashing_protection: &str,
) -> Zeroizing<String> {
    let body = ImportKeystores {
        keystores,
        passwords: passwords.iter().map(|password| password.as_str()).collect(),
        slashing_protection,
    };
    // Strings and vectors of strings always serialize.
    Zeroizing::new(serde_json::to_string(&body).unwrap_or_default())
}

/// A body read back, to check what is offered: the keystores' texts, the passwords and the
/// interchange's text, exactly as a keymanager server will read them.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportKeystoresRequest {
    pub keystores: Vec<String>,
    pub passwords: Vec<Zeroizing<String>>,
    pub slashing_protection: String,
}

/// Reads a body as a keymanager server does (every field required, no other).
pub fn read_import_keystores_body(body: &str) -> Result<ImportKeystoresRequest, WalletError> {
    serde_json::from_str(body).map_err(WalletError::internal)
}

/// The command that sends the body from the operator's online machine to a keymanager API:
/// the URL's port and the token are the client's own (placeholders the operator fills in).
pub fn curl_command(file_name: &str) -> String {
    format!(
        "curl --fail -X POST \\\n  -H \"Authorization: Bearer <token>\" \\\n  -H \"Content-Type: application/json\" \\\n  --data-binary @{file_name} \\\n  http://127.0.0.1:<keymanager-port>/eth/v1/keystores"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keystores_and_interchange_travel_as_strings() {
        let body = import_keystores_body(
            &["{\"version\":4}".to_owned()],
            &[Zeroizing::new("pass word".to_owned())],
            "{\"metadata\":{}}",
        );
        let json: serde_json::Value = serde_json::from_str(&body).unwrap();
        let read = read_import_keystores_body(&body).unwrap();
        assert_eq!(read.passwords[0].as_str(), "pass word");
        assert!(read_import_keystores_body("{\"keystores\":[]}").is_err());
        assert_eq!(
            json,
            serde_json::json!({
                "keystores": ["{\"version\":4}"],
                "passwords": ["pass word"],
                "slashing_protection": "{\"metadata\":{}}",
            })
        );
    }
}
