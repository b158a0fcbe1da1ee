package io.rightsflow.compliance;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.rightsflow.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * What a download link of a page gives the person signed in in the browser: the link's address,
 * fetched with the browser's own cookies (headless Chromium keeps downloads out of reach).
 */
final class BrowserDownload {

    private BrowserDownload() {
    }

    /** Follows the link that reads exactly this, as the signed-in person. */
    static Response of(Browser browser, String linkText) {
        String href = browser.driver().findElement(By.linkText(linkText)).getAttribute("href");
        RequestSpecification request = given().redirects().follow(false);
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            request.cookie(cookie.getName(), cookie.getValue());
        }
        return request.get(href);
    }
}
