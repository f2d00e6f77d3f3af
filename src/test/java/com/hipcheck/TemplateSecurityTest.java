package com.hipcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads template.yaml and checks what keeps users' history safe: the table encrypted, recoverable,
 * expiring and retained; the function allowed only what the store calls, only on that table; logs
 * that expire. CloudFormation's short tags (!Ref, !GetAtt, !Sub) read as their plain scalar:
 * {@code !GetAtt HistoryTable.Arn} is the text {@code HistoryTable.Arn}.
 */
class TemplateSecurityTest {
    /** Every DynamoDB action DynamoDbPracticeStore makes, and nothing else. */
    private static final Set<String> STORE_ACTIONS = Set.of("dynamodb:Query", "dynamodb:PutItem",
            "dynamodb:DeleteItem", "dynamodb:BatchWriteItem");

    private static JsonNode template;
    private static JsonNode resources;

    @BeforeAll
    static void readTheTemplate() throws IOException {
        template = new YAMLMapper().readTree(Path.of("template.yaml").toFile());
        resources = template.path("Resources");
    }

    private static List<Map.Entry<String, JsonNode>> ofType(String type) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        resources.properties().stream().filter(r -> r.getValue().path("Type").asText().equals(type)).forEach(found::add);
        return found;
    }

    private static Map.Entry<String, JsonNode> table() {
        List<Map.Entry<String, JsonNode>> tables = ofType("AWS::DynamoDB::Table");
        assertEquals(1, tables.size(), "one DynamoDB table");
        return tables.get(0);
    }

    private static JsonNode function() {
        List<Map.Entry<String, JsonNode>> functions = ofType("AWS::Serverless::Function");
        assertEquals(1, functions.size(), "one function");
        return functions.get(0).getValue().path("Properties");
    }

    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(list::add);
        } else if (!node.isMissingNode()) {
            list.add(node);
        }
        return list;
    }

    @Test
    void theTableIsEncryptedAtRest() {
        assertTrue(table().getValue().path("Properties").path("SSESpecification").path("SSEEnabled").asBoolean());
    }

    @Test
    void theTableCanBeRecoveredToAPointInTime() {
        assertTrue(table().getValue().path("Properties").path("PointInTimeRecoverySpecification")
                .path("PointInTimeRecoveryEnabled").asBoolean());
    }

    @Test
    void itemsExpireByTheAttributeTheStoreWrites() {
        JsonNode ttl = table().getValue().path("Properties").path("TimeToLiveSpecification");
        assertTrue(ttl.path("Enabled").asBoolean());
        assertEquals("expiresAt", ttl.path("AttributeName").asText());
    }

    @Test
    void theTableOutlivesTheStackAndIsBilledPerRequest() {
        JsonNode table = table().getValue();
        assertEquals("Retain", table.path("DeletionPolicy").asText());
        assertEquals("Retain", table.path("UpdateReplacePolicy").asText());
        assertEquals("PAY_PER_REQUEST", table.path("Properties").path("BillingMode").asText());
    }

    @Test
    void theFunctionIsToldTheTable() {
        assertEquals(table().getKey(), function().path("Environment").path("Variables").path("HISTORY_TABLE").asText());
    }

    /** No managed policy, no SAM policy template: each policy is a document this test can read. */
    @Test
    void theFunctionMayCallOnlyTheStoresActionsOnlyOnTheTable() {
        List<JsonNode> policies = items(function().path("Policies"));
        assertFalse(policies.isEmpty(), "the function has a policy");
        for (JsonNode policy : policies) {
            assertTrue(policy.path("Statement").isArray(), "an inline policy document: " + policy);
            for (JsonNode statement : policy.path("Statement")) {
                assertEquals("Allow", statement.path("Effect").asText(), statement.toString());
                assertTrue(statement.path("NotAction").isMissingNode() && statement.path("NotResource").isMissingNode(),
                        statement.toString());
                for (JsonNode action : items(statement.path("Action"))) {
                    assertFalse(action.asText().contains("*"), "wildcard action " + action);
                    assertTrue(STORE_ACTIONS.contains(action.asText()), "an action the store does not make: " + action);
                }
                List<JsonNode> targets = items(statement.path("Resource"));
                assertFalse(targets.isEmpty(), statement.toString());
                for (JsonNode resource : targets) {
                    assertFalse(resource.toString().contains("*"), "wildcard resource " + resource);
                    assertEquals(table().getKey() + ".Arn", resource.asText(), "only the table's ARN");
                }
            }
        }
    }

    @Test
    void theFunctionsLogsExpire() {
        String group = function().path("LoggingConfig").path("LogGroup").asText();
        JsonNode logGroup = resources.path(group);
        assertEquals("AWS::Logs::LogGroup", logGroup.path("Type").asText(), "the function logs to " + group);
        assertTrue(logGroup.path("Properties").path("RetentionInDays").asInt() > 0);
    }

    /**
     * A check of the infrastructure scanner (checkov) that the template does not meet is skipped in
     * the resource's own Metadata, with the reason next to it: an id like CKV_AWS_116 and a one-line
     * comment long enough to be a reason, each id once.
     */
    @Test
    void everySkippedScannerCheckSaysWhy() {
        int skipped = 0;
        for (Map.Entry<String, JsonNode> resource : resources.properties()) {
            List<String> ids = new ArrayList<>();
            for (JsonNode skip : items(resource.getValue().path("Metadata").path("checkov").path("skip"))) {
                String id = skip.path("id").asText();
                String comment = skip.path("comment").asText();
                assertTrue(id.matches("CKV_AWS_\\d+"), resource.getKey() + ": not a checkov id: " + skip);
                assertTrue(comment.length() >= 60 && !comment.contains("\n"),
                        resource.getKey() + " " + id + ": the comment must be a one-line reason, got: " + comment);
                assertFalse(ids.contains(id), resource.getKey() + ": " + id + " skipped twice");
                ids.add(id);
                skipped++;
            }
        }
        assertTrue(skipped > 0, "no skips found: has the Metadata moved?");
    }

    /** Reserved concurrency (checkov CKV_AWS_115) caps cost under a flood; 0 lifts it for new accounts. */
    @Test
    void theFunctionsConcurrencyIsCappedByAParameter() {
        JsonNode parameter = template.path("Parameters").path("ReservedConcurrency");
        assertEquals("Number", parameter.path("Type").asText());
        assertTrue(parameter.path("Default").asInt() > 0, "capped by default");
        assertTrue(function().path("ReservedConcurrentExecutions").toString().contains("ReservedConcurrency"),
                "the function uses the parameter: " + function().path("ReservedConcurrentExecutions"));
    }

    /** Alexa calls Lambda only in these regions; a stack elsewhere would never be called. */
    @Test
    void theStackRefusesARegionAlexaDoesNotCall() {
        String rule = template.path("Rules").path("AlexaRegion").toString();
        for (String region : List.of("us-east-1", "eu-west-1", "us-west-2")) {
            assertTrue(rule.contains(region), rule);
        }
    }
}
