package be.stroomplan.controls;

import java.util.List;

import be.stroomplan.platform.InvalidInput;

/** Bad input to the controls module: 400 with one problem per field ({@link InvalidInput}). */
public class InvalidControlInput extends InvalidInput {

    public InvalidControlInput(List<Problem> problems) {
        super(problems);
    }

    public InvalidControlInput(String field, String code, Object... arguments) {
        this(List.of(new Problem(field, code, arguments)));
    }
}
