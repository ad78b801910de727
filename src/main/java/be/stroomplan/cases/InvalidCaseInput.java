package be.stroomplan.cases;

import java.util.List;

import be.stroomplan.platform.InvalidInput;

/** Bad input to the cases module: 400 with one problem per field ({@link InvalidInput}). */
public class InvalidCaseInput extends InvalidInput {

    public InvalidCaseInput(List<Problem> problems) {
        super(problems);
    }

    public InvalidCaseInput(String field, String code, Object... arguments) {
        this(List.of(new Problem(field, code, arguments)));
    }
}
