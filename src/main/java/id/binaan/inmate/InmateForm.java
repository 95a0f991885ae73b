package id.binaan.inmate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The add/edit form; {@code version} is the record's version when the form was opened. A bean
 * rather than a record on purpose: with setter binding a mistyped date or choice is reported beside
 * its field and the rest of what was typed stays on the page (a record would not be built at all).
 */
class InmateForm {

    @NotBlank(message = "{inmate.error.registrationNumber.required}")
    private String registrationNumber;
    @NotBlank(message = "{inmate.error.fullName.required}")
    @Size(max = 200, message = "{inmate.error.fullName.size}")
    private String fullName;
    private String nik;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    @NotNull(message = "{inmate.error.sex.required}")
    private Sex sex;
    @NotNull(message = "{inmate.error.legalStatus.required}")
    private LegalStatus legalStatus;
    @NotNull(message = "{inmate.error.education.required}")
    private Education education;
    @NotBlank(message = "{inmate.error.cellBlock.required}")
    @Size(max = 30, message = "{inmate.error.cellBlock.size}")
    private String cellBlock;
    @NotNull(message = "{inmate.error.admissionDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate admissionDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expectedReleaseDate;
    private Long version;

    static InmateForm of(InmateView view) {
        InmateDetails d = view.details();
        InmateForm form = new InmateForm();
        form.registrationNumber = d.registrationNumber();
        form.fullName = d.fullName();
        form.nik = d.nik();
        form.birthDate = d.birthDate();
        form.sex = d.sex();
        form.legalStatus = d.legalStatus();
        form.education = d.education();
        form.cellBlock = d.cellBlock();
        form.admissionDate = d.admissionDate();
        form.expectedReleaseDate = d.expectedReleaseDate();
        form.version = view.version();
        return form;
    }

    InmateDetails details() {
        return new InmateDetails(registrationNumber, fullName, nik, birthDate, sex, legalStatus, education, cellBlock,
                admissionDate, expectedReleaseDate);
    }

    // @formatter:off
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String value) { registrationNumber = value; }
    public String getFullName() { return fullName; }
    public void setFullName(String value) { fullName = value; }
    public String getNik() { return nik; }
    public void setNik(String value) { nik = value; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate value) { birthDate = value; }
    public Sex getSex() { return sex; }
    public void setSex(Sex value) { sex = value; }
    public LegalStatus getLegalStatus() { return legalStatus; }
    public void setLegalStatus(LegalStatus value) { legalStatus = value; }
    public Education getEducation() { return education; }
    public void setEducation(Education value) { education = value; }
    public String getCellBlock() { return cellBlock; }
    public void setCellBlock(String value) { cellBlock = value; }
    public LocalDate getAdmissionDate() { return admissionDate; }
    public void setAdmissionDate(LocalDate value) { admissionDate = value; }
    public LocalDate getExpectedReleaseDate() { return expectedReleaseDate; }
    public void setExpectedReleaseDate(LocalDate value) { expectedReleaseDate = value; }
    public Long getVersion() { return version; }
    public void setVersion(Long value) { version = value; }
    // @formatter:on
}
