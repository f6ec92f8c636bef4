package id.satuatap.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What every benchmark's engine state does: a fresh engine on a throw-away H2 file per trial with the benchmark's
 * models deployed, and the CPU time per operation printed after every iteration.
 */
public abstract class EngineState {

    Path dir;
    ProcessEngine engine;
    final CpuPerOperation cpu = new CpuPerOperation();

    /** What {@code ${beanName}} in the models resolves to. */
    abstract Map<Object, Object> beans();

    /** The benchmark's models, added to the deployment. */
    abstract DeploymentBuilder models(DeploymentBuilder deployment);

    @Setup(Level.Iteration)
    public void startCounting() {
        cpu.start();
    }

    @TearDown(Level.Iteration)
    public void reportCpuPerOperation() {
        cpu.report();
    }

    @Setup(Level.Trial)
    public void build() throws IOException {
        dir = Files.createTempDirectory("satuatap-jmh");
        engine = BenchEngine.build(dir, beans());
        models(engine.getRepositoryService().createDeployment().name("bench")).deploy();
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        engine.close();
        BenchEngine.delete(dir);
    }
}
