package id.binaan.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A code typed from paper is read as meant; anything that cannot be a code matches nothing. */
class CertificateCodeTests {

    @Test
    void caseSpacesDashesAndLookAlikesAreForgiven() {
        assertThat(CompletionCertificates.normalise("7k3m-q9xa-2trd")).isEqualTo("7K3MQ9XA2TRD");
        assertThat(CompletionCertificates.normalise(" 7K3M Q9XA 2TRD ")).isEqualTo("7K3MQ9XA2TRD");
        assertThat(CompletionCertificates.normalise("OIL0-1111-2222")).isEqualTo("011011112222");
    }

    @Test
    void lettersOutsideTheAlphabetAndEmptyInputMatchNothing() {
        assertThat(CompletionCertificates.normalise("UUUU-UUUU-UUUU")).isEmpty();
        assertThat(CompletionCertificates.normalise(null)).isEmpty();
        assertThat(CompletionCertificates.normalise("ÉÉÉÉ-0000-0000")).isEmpty();
    }
}
