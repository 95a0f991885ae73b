package id.binaan.partner;

/** What an agreement covers: vocational training (kemandirian) or equivalency education (kesetaraan). */
public enum AgreementScope {
    TRAINING, EDUCATION
}
