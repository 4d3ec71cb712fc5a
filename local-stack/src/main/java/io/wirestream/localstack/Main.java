package io.wirestream.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point behind {@code ./wirestream up}: starts the local stack, prints one line per service
 * and {@code ready}, then keeps running until it is stopped ({@code ./wirestream down} sends
 * SIGTERM), stopping everything it started on the way out.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || !arguments.getFirst().equals("up")) {
            System.err.println("usage: Main up [--demo]   (use ./wirestream, which builds first)");
            System.exit(2);
        }
        Path repoRoot = Path.of(System.getProperty("wirestream.root", ".")).toAbsolutePath().normalize();
        LocalStack stack = LocalStack.forRepository(repoRoot, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping");
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
            if (arguments.contains("--demo")) {
                new DemoWireCopy().post(stack.url("ingest"), stack.demoApiKey(), System.out);
            }
            writeState(stack);
            System.out.println("ready");
            stopped.await();
        } catch (StackException e) {
            System.out.println("error: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Leaves the URLs and key where ./wirestream status (and a user) can read them. */
    private static void writeState(LocalStack stack) {
        Path home = stack.home();
        String state = "ingest=" + stack.url("ingest") + "\nenrich=" + stack.url("enrich") + "\npublish="
                + stack.url("publish") + "\napiKey=" + stack.demoApiKey() + "\n";
        try {
            Files.writeString(home.resolve("stack.properties"), state);
        } catch (IOException e) {
            System.out.println("warning: could not write " + home.resolve("stack.properties") + ": " + e.getMessage());
        }
    }
}
