package org.ogireview.gui.testing;

import javafx.stage.FileChooser;
import org.ogireview.gui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: records errors and infos, returns queued answers for choosers and questions. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final Deque<String> textAnswers = new ArrayDeque<>();
    public final Deque<List<Path>> fileAnswers = new ArrayDeque<>();
    public final Deque<Path> folderAnswers = new ArrayDeque<>();
    public final Deque<Path> saveAnswers = new ArrayDeque<>();
    public boolean confirmAnswer = true;
    /** Answers of {@link #choose}: the index of the choice taken (none queued: cancelled). */
    public final Deque<Integer> choiceAnswers = new ArrayDeque<>();
    /** What each {@link #choose} offered, as its labels. */
    public final List<List<String>> choicesOffered = new ArrayList<>();

    @Override
    public synchronized void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public synchronized void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return confirmAnswer;
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable(textAnswers.poll());
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String prompt, List<T> choices,
                                  java.util.function.Function<T, String> label) {
        choicesOffered.add(choices.stream().map(label).toList());
        Integer i = choiceAnswers.poll();
        return i == null || choices.isEmpty() ? Optional.empty() : Optional.of(choices.get(i));
    }

    @Override
    public List<Path> chooseFiles(String title, Path initialFolder, List<FileChooser.ExtensionFilter> filters) {
        List<Path> answer = fileAnswers.poll();
        return answer == null ? List.of() : answer;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initialFolder, String initialName,
                                         List<FileChooser.ExtensionFilter> filters) {
        return Optional.ofNullable(saveAnswers.poll());
    }
}
