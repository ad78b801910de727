package be.stroomplan.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs and verifies audit digests with a Tink Ed25519 keyset that lives outside the database.
 * <p>
 * The private keyset comes from {@code stroomplan.audit.digest.keyset} (the Tink JSON keyset,
 * e.g. from a secret store) or else from the file {@code stroomplan.audit.digest.keyset-file};
 * when neither exists a new keyset is generated into that file (owner-only permissions) and a
 * warning says so. Rotation is Tink's: add a key, make it primary, keep the old ones so that
 * older digests still verify. Signatures carry Tink's key-id prefix, so the verifier picks the
 * right key of the public keyset by itself.
 */
@Component
public class DigestSigner {

    private static final Logger log = LoggerFactory.getLogger(DigestSigner.class);

    private final KeysetHandle privateKeyset;
    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;
    private final String publicKeysetJson;

    DigestSigner(@Value("${stroomplan.audit.digest.keyset:}") String keyset,
                 @Value("${stroomplan.audit.digest.keyset-file:data/keys/audit-signing-keyset.json}") Path keysetFile) {
        try {
            SignatureConfig.register();
            this.privateKeyset = keyset.isBlank() ? fromFile(keysetFile)
                    : TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get());
            this.signer = privateKeyset.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
            KeysetHandle publicKeyset = privateKeyset.getPublicKeysetHandle();
            this.verifier = publicKeyset.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
            this.publicKeysetJson = TinkJsonProtoKeysetFormat.serializeKeysetWithoutSecret(publicKeyset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The audit digest signing keyset cannot be used: " + e.getMessage(), e);
        }
    }

    /** The id of the key that signs new digests. */
    public long keyId() {
        return Integer.toUnsignedLong(privateKeyset.getPrimary().getId());
    }

    /** The signature of the payload's UTF-8 bytes, in base64. */
    public String sign(String payload) {
        try {
            return Base64.getEncoder().encodeToString(signer.sign(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing an audit digest failed", e);
        }
    }

    /** Whether the signature is a valid one of the payload by any key of the keyset. */
    public boolean verify(String payload, String signature) {
        try {
            verifier.verify(Base64.getDecoder().decode(signature), payload.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public keyset as Tink JSON: what an outside verifier needs, and nothing secret. */
    public String publicKeyset() {
        return publicKeysetJson;
    }

    private static KeysetHandle fromFile(Path file) throws GeneralSecurityException {
        try {
            if (Files.exists(file)) {
                return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
            }
            KeysetHandle generated = KeysetHandle.generateNew(KeyTemplates.get("ED25519"));
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "keyset", ".tmp");
            restrictToOwner(partial);
            Files.writeString(partial, TinkJsonProtoKeysetFormat.serializeKeyset(generated, InsecureSecretKeyAccess.get()));
            Files.move(partial, file);
            log.warn("Generated a new audit digest signing keyset in {}. Keep it out of the database backups, and give "
                    + "the public keyset (GET /api/v1/audit/digests/public-keyset) to whoever verifies the digests.", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit digest signing keyset " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the folder's access list
        }
    }
}
