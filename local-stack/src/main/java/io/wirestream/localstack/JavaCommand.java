package io.wirestream.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Builds command lines for child JVMs, run with the same Java as this one. */
final class JavaCommand {

    private JavaCommand() {
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** {@code java <jvmOptions> -cp <classpath> <mainClass> <args>}. */
    static List<String> mainClass(List<String> jvmOptions, String classpath, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java <jvmOptions> -jar <jar>}. */
    static List<String> jar(List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Runs a command to completion, output appended to {@code log}; fails on a non-zero exit. */
    static void runToCompletion(List<String> command, Path log, String what) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new StackException(what + " failed (exit " + exit + "); see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(what + " was interrupted");
        }
    }


    static void ensureDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asks a child process to stop (SIGTERM, so it shuts down cleanly) and kills it after 30 s. */
    static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
