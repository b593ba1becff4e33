package dk.opdag.portfolio.demo;

import dk.opdag.account.CodeKind;
import dk.opdag.account.LoginCodes;
import dk.opdag.account.Role;
import dk.opdag.account.SignedInUser;
import dk.opdag.classroom.SchoolSetup;
import dk.opdag.portfolio.EntryDraft;
import dk.opdag.portfolio.PortfolioEntry;
import dk.opdag.portfolio.PortfolioService;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The demo school's valgfag class: "Valgfag TF" (8. klasse, class code DEMOVF) taught by Carla, with four invented
 * pupils; Bertram has two portfolio entries, one with Carla's comment. Made through the service the views use.
 */
@Service
public class PortfolioDemoData {

    public static final String CLASS_CODE = "DEMOVF";
    public static final String FIRST_PUPIL_CODE = "raket-ugle-8";
    private static final List<String> PUPILS = List.of("Bertram", "Dicte", "Hassan", "Molly");

    private final SchoolSetup setup;
    private final PortfolioService portfolios;

    public PortfolioDemoData(SchoolSetup setup, PortfolioService portfolios) {
        this.setup = setup;
        this.portfolios = portfolios;
    }

    public void create(long school, long yearId, long teacherId, String teacherName) {
        long classId = setup.createClass(school, yearId, "Valgfag TF", 8, CLASS_CODE, CodeKind.WORDS);
        setup.linkTeacher(teacherId, classId, List.of("valgfag-teknologiforstaaelse"));
        SignedInUser teacher = new SignedInUser(teacherId, Role.TEACHER, teacherName, school);
        portfolios.setValgfag(teacher, classId, true);
        java.util.random.RandomGenerator random = new java.security.SecureRandom();
        long first = 0;
        for (int i = 0; i < PUPILS.size(); i++) {
            String code = i == 0 ? FIRST_PUPIL_CODE : LoginCodes.newPupilCode(CodeKind.WORDS, random);
            long pupil = setup.addPupil(school, classId, yearId, PUPILS.get(i), null, code);
            if (i == 0) {
                first = pupil;
            }
        }
        SignedInUser bertram = new SignedInUser(first, Role.PUPIL, PUPILS.getFirst(), school);
        portfolios.add(bertram, new EntryDraft("start-og-portfolio", "Min teknologi på en dag",
                "Jeg skrev ned, hvilken teknologi jeg brugte fra jeg stod op, til jeg gik i seng. Det var 14 ting.",
                "Et kort over min dag med telefon, busskort, skolens computer og køleskabet.",
                "Jeg troede ikke, køleskabet var teknologi. Jeg vil gerne vide, hvordan busskortet ved, hvor jeg er.",
                null));
        PortfolioEntry code = portfolios.add(bertram, new EntryDraft("knaek-koden", "Jeg knækkede Cæsar",
                "Jeg lavede et program, der prøver alle 29 nøgler og finder den, der giver rigtige ord.",
                "Et program i laboratoriet.",
                "Det gik hurtigt for computeren. Derfor er Cæsar-koden ikke sikker i dag.", "knaek-caesar"));
        portfolios.comment(teacher, code.id(), "Fin forklaring. Hvordan ved dit program, hvilke ord der er rigtige?");
    }
}
