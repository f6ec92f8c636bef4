package id.satuatap.console;

import id.satuatap.support.Api;
import id.satuatap.support.Browser;
import id.satuatap.support.Workers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web console in a real headless Chromium: an administrator signs in, opens pre-departure with its live counts,
 * adds a user task in the modeler, sees the policy's refusal marked on a script task, deploys v2, migrates a running
 * application's instance and sees it on v2. Screenshots of each step are in target/screenshots.
 */
@QuarkusTest
class ConsoleBrowserTest {

    private static final String PRE_DEPARTURE = "pre-departure";

    @TestHTTPResource("/console")
    URL console;

    @Inject RepositoryService repository;

    private int shippedVersion;

    @AfterEach
    void removeTheConsolesVersions() {
        // Later tests start pre-departure at its shipped version; versions deployed here go, with the one
        // instance migrated onto them.
        repository.createProcessDefinitionQuery().processDefinitionKey(PRE_DEPARTURE).list().stream()
                .filter(d -> shippedVersion > 0 && d.getVersion() > shippedVersion)
                .map(d -> d.getDeploymentId()).distinct()
                .forEach(deployment -> repository.deleteDeployment(deployment, true));
    }

    private static String submittedApplication() {
        String worker = Api.as("disnaker").body(Workers.body(Workers.womansNik(), "FEMALE", "2001-03-05"))
                .post("/api/v1/workers").then().statusCode(201).extract().path("id");
        return Api.as("disnaker").body(Map.of("workerId", worker, "destinationCountry", "TW", "sector", "MANUFACTURING",
                        "jobTitle", "Factory operator", "employerName", "Formosa Electronics Ltd", "scheme", "P3MI",
                        "placementAgencyLicense", "P3MI-2024-0117"))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    private void signIn(Browser browser, String username) {
        browser.open(console.toString());
        browser.visible(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys("demo");
        browser.driver().findElement(By.id("sign-in-button")).click();
    }

    @Test
    void anAdminEditsValidatesDeploysAndMigratesPreDeparture() {
        String application = submittedApplication();
        String instance = Api.as("admin").queryParam("processKey", PRE_DEPARTURE).queryParam("businessKey", application)
                .get("/api/v1/process-instances").then().statusCode(200).extract().path("items[0].id");
        shippedVersion = Api.as("admin").get("/api/v1/process-definitions/{key}/versions", PRE_DEPARTURE).then()
                .extract().path("items[0].version");
        int waitingAtJobOrder = Api.as("admin").get("/api/v1/process-definitions/{key}/versions", PRE_DEPARTURE)
                .then().extract().path("items[0].runningInstances");

        try (Browser browser = Browser.start()) {
            signIn(browser, "admin");
            browser.visible(By.cssSelector("#processes tr[data-key='pre-departure'] a.open-process")).click();
            WebElement waiting = browser.visible(By.cssSelector(".count-waiting[data-activity='check-job-order']"));
            assertTrue(Integer.parseInt(waiting.getText()) >= 1, "the new application waits at the job order check");
            assertTrue(Integer.parseInt(waiting.getText()) <= waitingAtJobOrder);
            browser.visible(By.cssSelector(".count-overdue[data-activity='check-job-order']"));
            browser.visible(By.cssSelector(".count-incidents[data-activity='check-job-order']"));
            assertTrue(browser.driver().findElement(By.cssSelector(".bjs-powered-by")).isDisplayed(),
                    "bpmn.io's licence keeps its watermark visible");
            browser.screenshot("01-pre-departure-live-counts");

            browser.clickable(By.id("edit")).click();
            browser.visible(By.cssSelector(".djs-palette"));
            browser.visible(By.cssSelector("#properties .bio-properties-panel"));
            browser.until(driver -> !driver.findElements(By.cssSelector("#known-groups option[value='DISNAKER']")).isEmpty());
            String userTask = addTask(browser, "replace-with-user-task");
            declareStep(browser, userTask, Map.of("stage", "DESK_SERVICES", "name.id", "Periksa izin agensi",
                    "name.en", "Check agency licence"));
            String scriptTask = addTask(browser, "replace-with-script-task");

            browser.clickable(By.id("validate")).click();
            WebElement refusal = browser.visible(By.cssSelector(".problem-badge[data-element='" + scriptTask + "']"));
            assertEquals("bpmn:ScriptTask", refusal.getAttribute("data-element-type"));
            assertTrue(refusal.getText().contains("script"), refusal.getText());
            assertTrue(browser.driver().findElements(By.cssSelector(".problem-badge[data-element='" + userTask + "']")).isEmpty());
            browser.screenshot("02-policy-refuses-script-task");

            browser.clickable(By.cssSelector("#problems li[data-element='" + scriptTask + "']")).click();
            browser.clickable(By.cssSelector(".djs-context-pad.open .entry[data-action='delete']")).click();
            browser.clickable(By.id("validate")).click();
            browser.visible(By.cssSelector("#results .message.ok"));
            browser.clickable(By.id("diff")).click();
            WebElement added = browser.visible(By.cssSelector("#changes li.diff-added[data-element='" + userTask + "']"));
            assertTrue(added.getText().contains("userTask"), added.getText());
            browser.screenshot("03-diff-against-deployed");

            browser.clickable(By.id("deploy")).click();
            String deployed = browser.visible(By.id("deployed")).getText();
            assertTrue(deployed.endsWith(" " + (shippedVersion + 1)), deployed);
            browser.clickable(By.cssSelector("#migration-instances input[value='" + instance + "']")).click();
            browser.clickable(By.id("migration-check")).click();
            browser.until(driver -> driver.findElement(By.id("migration-result")).getText().contains(instance));
            browser.clickable(By.id("migration-run")).click();
            browser.until(driver -> driver.findElement(By.id("migration-result")).getText().contains("MIGRATED"));
            browser.screenshot("04-deployed-and-migrated");

            browser.open(console + "/#/instance/" + instance);
            browser.until(driver -> driver.findElement(By.id("instance-version")).getText().equals("v" + (shippedVersion + 1)));
            browser.visible(By.cssSelector("#instance-diagram .djs-element.current"));
            browser.visible(By.cssSelector("#current-activities li[data-activity='check-job-order']"));
            browser.visible(By.cssSelector("#instance-actions #suspend"));
            browser.screenshot("05-instance-on-v2");
        }
        Api.as("admin").get("/api/v1/process-instances/{id}", instance).then().statusCode(200)
                .body("version", org.hamcrest.Matchers.equalTo(shippedVersion + 1));
        List<String> others = Api.as("admin").queryParam("processKey", PRE_DEPARTURE).queryParam("limit", 200)
                .get("/api/v1/process-instances").then().extract().path("items.findAll { it.version == " + (shippedVersion + 1)
                        + " }.id");
        assertEquals(List.of(instance), others, "only the chosen instance moved");
    }

    @Test
    void aCoordinatorReadsWithoutAdminActionsAndADeskGetsNothing() {
        String application = submittedApplication();
        String instance = Api.as("coordinator").queryParam("businessKey", application)
                .get("/api/v1/process-instances").then().statusCode(200).extract().path("items[0].id");
        try (Browser browser = Browser.start()) {
            signIn(browser, "coordinator");
            browser.visible(By.cssSelector("#processes tr[data-key='pre-departure'] a.open-process")).click();
            browser.visible(By.cssSelector(".count-waiting[data-activity='check-job-order']"));
            assertTrue(browser.driver().findElements(By.id("edit")).isEmpty(), "no modeler for a coordinator");

            browser.open(console + "/#/instances?businessKey=" + application);
            browser.visible(By.cssSelector("#instance-list tr[data-id='" + instance + "'] a")).click();
            browser.visible(By.cssSelector("#current-activities li[data-activity='check-job-order']"));
            assertTrue(browser.driver().findElements(By.cssSelector("#instance-actions button")).isEmpty(),
                    "no suspend or resume for a coordinator");
            browser.open(console + "/#/tasks?businessKey=" + application);
            browser.visible(By.cssSelector("#task-list tbody tr"));
            browser.screenshot("06-coordinator-tasks");

            browser.clickable(By.id("language")).click();
            assertEquals("Processes", browser.visible(By.id("nav-processes")).getText(), "English on request");
            browser.clickable(By.id("nav-report")).click();
            // The coordination report is another capability: without its endpoint the section says so, with it
            // the report's sections show; an error is neither.
            browser.until(driver -> !driver.findElements(By.cssSelector("main .message.info, main h3")).isEmpty());
            assertTrue(browser.driver().findElements(By.cssSelector("main .message.error")).isEmpty());
            browser.clickable(By.id("language")).click();
            assertEquals("Proses", browser.visible(By.id("nav-processes")).getText());

            browser.clickable(By.id("sign-out")).click();
            signIn(browser, "disnaker");
            String refusal = browser.visible(By.cssSelector("#sign-in .message.error")).getText();
            assertTrue(refusal.contains("admin"), refusal);
            assertTrue(browser.driver().findElements(By.id("processes")).isEmpty());
            browser.screenshot("07-desk-has-no-console");
        }
    }

    /**
     * Drags a task from the palette onto an empty spot of the canvas (not onto a flow, where bpmn-js would insert
     * it into the process) and turns it into another kind through the context pad's replace menu; returns its id.
     */
    /**
     * Gives the selected step the extension properties a pre-departure step must declare (its stage and its names in
     * both languages), through the properties panel as an administrator would.
     */
    private static void declareStep(Browser browser, String elementId, Map<String, String> properties) {
        String add = "[data-group-id='group-CamundaPlatform__ExtensionProperties'] .bio-properties-panel-add-entry";
        for (var property : properties.entrySet()) {
            browser.clickable(By.cssSelector(add)).click();
            // The panel opens the new property and puts the cursor in its name field.
            WebElement name = browser.until(driver -> {
                WebElement focused = driver.switchTo().activeElement();
                String id = focused.getAttribute("id");
                return id != null && id.startsWith("bio-properties-panel-" + elementId + "-extensionProperty-")
                        && id.endsWith("-name") && focused.getAttribute("value").isEmpty() ? focused : null;
            });
            name.sendKeys(property.getKey());
            String valueId = name.getAttribute("id").replaceFirst("-name$", "-value");
            browser.visible(By.id(valueId)).sendKeys(property.getValue(), Keys.TAB);
            // The panel writes a field to the model a moment after the last key; adding the next property before
            // that would lose this one's value.
            pause(Duration.ofMillis(800));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String addTask(Browser browser, String replaceWith) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        @SuppressWarnings("unchecked")
        List<Long> spot = (List<Long>) js.executeScript("""
                const canvas = document.querySelector('#modeler').getBoundingClientRect();
                const palette = document.querySelector('.djs-palette').getBoundingClientRect();
                const free = (x, y) => {
                  for (let dx = -70; dx <= 70; dx += 10) for (let dy = -50; dy <= 50; dy += 10) {
                    const hit = document.elementFromPoint(x + dx, y + dy);
                    if (!hit || hit.closest('.djs-shape, .djs-connection, .djs-overlays, .djs-palette, .djs-context-pad')
                        || !hit.closest('#modeler')) return false;
                  }
                  return true;
                };
                for (let y = canvas.bottom - 60; y > canvas.top + 60; y -= 20)
                  for (let x = Math.max(canvas.left, palette.right) + 80; x < canvas.right - 80; x += 20)
                    if (free(x, y)) return [Math.round(x), Math.round(y)];
                return null;""");
        if (spot == null) {
            throw new AssertionError("no free spot on the canvas");
        }
        WebElement entry = browser.clickable(By.cssSelector(".djs-palette .entry[data-action='create.task']"));
        new Actions(browser.driver()).clickAndHold(entry).moveByOffset(20, 20)
                .moveToLocation(spot.get(0).intValue(), spot.get(1).intValue()).pause(200).release().perform();
        String id = (String) js.executeScript("""
                const [x, y] = [arguments[0], arguments[1]];
                const under = [...document.querySelectorAll('#modeler .djs-shape')].filter(shape => {
                  const box = shape.querySelector('.djs-visual').getBoundingClientRect();
                  return box.left <= x && x <= box.right && box.top <= y && y <= box.bottom;
                });
                return under.length ? under[under.length - 1].getAttribute('data-element-id') : null;""", spot.get(0), spot.get(1));
        if (id == null) {
            throw new AssertionError("the task was not placed");
        }
        // bpmn-js selects what was just created, opens its context pad and starts editing its label; Escape
        // ends the label editing, which would otherwise take the next click.
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.clickable(By.cssSelector(".djs-context-pad.open .entry[data-action='replace']")).click();
        browser.clickable(By.cssSelector(".djs-popup [data-id='" + replaceWith + "']")).click();
        // Replacing keeps the element's id for tasks in bpmn-js, but read it back to be sure of it.
        String replaced = (String) ((JavascriptExecutor) browser.driver()).executeScript("""
                const [x, y] = [arguments[0], arguments[1]];
                const under = [...document.querySelectorAll('#modeler .djs-shape')].filter(shape => {
                  const box = shape.querySelector('.djs-visual').getBoundingClientRect();
                  return box.left <= x && x <= box.right && box.top <= y && y <= box.bottom;
                });
                return under.length ? under[under.length - 1].getAttribute('data-element-id') : null;""", spot.get(0), spot.get(1));
        return replaced;
    }
}
