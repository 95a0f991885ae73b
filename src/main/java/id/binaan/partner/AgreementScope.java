package id.binaan.partner;

import id.binaan.shared.Labelled;

/** What an agreement covers: vocational training (kemandirian) or equivalency education (kesetaraan). */
public enum AgreementScope implements Labelled {
    TRAINING, EDUCATION;

    @Override
    public String labelKey() {
        return "partner.scope." + name();
    }
}
